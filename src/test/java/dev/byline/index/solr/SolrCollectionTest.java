package dev.byline.index.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class SolrCollectionTest {

    @Test
    void node_urls_are_split_trimmed_and_freed_of_a_trailing_slash() {
        assertThat(SolrCollection.urls(" http://a:8983/solr/ , https://b:8983/solr,,"))
                .containsExactly("http://a:8983/solr", "https://b:8983/solr");
    }

    @Test
    void an_address_without_a_url_is_refused() {
        assertThatThrownBy(() -> SolrCollection.urls(" , ")).hasMessageContaining("no Solr URL");
    }

    @Test
    void the_configset_zip_holds_the_schema_of_this_version_and_its_stop_words() throws Exception {
        Path zip = SolrCollection.configsetZip();
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            Files.delete(zip);
        }
        assertThat(files).containsOnlyKeys(SolrCollection.CONFIG_FILES);
        assertThat(files.get("schema.xml")).contains("<schema name=\"" + SolrCollection.SCHEMA + "\"");
        // The stop words are Lucene's English ones, so the cluster analyses text as the embedded index does.
        assertThat(files.get("stopwords_en.txt").lines().filter(l -> !l.startsWith("#")).toList())
                .containsExactlyInAnyOrderElementsOf(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream()
                        .map(o -> new String((char[]) o)).toList());
    }
}
