package dev.byline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayersTest {

    @Test
    void main_sources_import_only_along_the_data_flow() {
        assertThat(Layers.check(Path.of("src/main/java"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} importing {1}")
    @CsvSource({
            "nlp.text, dev.byline.attribution.resolve.SpeakerResolver",
            "nlp.lexicon, dev.byline.nlp.text.Token",
            "attribution.rules, dev.byline.attribution.model.AttributionTagger",
            "attribution.rules, dev.byline.attribution.resolve.People",
            "attribution.model, dev.byline.attribution.training.ListwiseChooser",
            "attribution, dev.byline.attribution.training.DoubtFitting",
            "index, dev.byline.search.SearchFilter",
            "answer, dev.byline.chat.ChatService",
            "search, org.apache.lucene.search.IndexSearcher",
            "index.solr, org.apache.lucene.document.Document",
            "answer, dev.byline.index.lucene.IndexStore",
            "web, dev.byline.Byline"})
    void a_back_import_is_reported(String pkg, String imported) {
        String source = "package dev.byline." + pkg + ";\n\nimport " + imported + ";\n\nclass X {}\n";
        assertThat(Layers.check("X.java", pkg, source)).singleElement()
                .satisfies(v -> assertThat(v.imported()).isEqualTo(imported));
    }

    @ParameterizedTest(name = "{0} importing {1}")
    @CsvSource({
            "attribution.model, dev.byline.attribution.rules.AttributionFinder",
            "attribution.rules, dev.byline.attribution.Attribution",
            "attribution, dev.byline.attribution.model.AttributionTagger",
            "search.lucene, org.apache.lucene.search.IndexSearcher",
            "cli, dev.byline.attribution.training.AttributionTraining"})
    void imports_along_the_flow_pass(String pkg, String imported) {
        String source = "package dev.byline." + pkg + ";\n\nimport " + imported + ";\n\nclass X {}\n";
        assertThat(Layers.check("X.java", pkg, source)).isEmpty();
    }
}
