package dev.byline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageTest {

    private static final Path INDEX = Path.of("data", "index");

    @Test
    void without_solr_the_embedded_index_is_used() {
        assertThat(Storage.resolve(INDEX, null, Map.of())).isEqualTo(new Storage.Embedded(INDEX));
        assertThat(Storage.resolve(INDEX, " ", Map.of("BYLINE_SOLR", ""))).isEqualTo(new Storage.Embedded(INDEX));
    }

    @Test
    void the_flag_wins_over_the_environment_and_the_collection_defaults_to_byline() {
        assertThat(Storage.resolve(INDEX, "http://a:8983/solr", Map.of("BYLINE_SOLR", "http://b:8983/solr")))
                .isEqualTo(new Storage.Solr("http://a:8983/solr", "byline"));
        assertThat(Storage.resolve(INDEX, null, Map.of("BYLINE_SOLR", "http://b:8983/solr", "BYLINE_SOLR_COLLECTION", "news")))
                .isEqualTo(new Storage.Solr("http://b:8983/solr", "news"));
    }

    @Test
    void a_collection_name_solr_would_refuse_is_a_setting_error() {
        assertThatThrownBy(() -> Storage.resolve(INDEX, null, Map.of("BYLINE_SOLR", "http://b:8983/solr", "BYLINE_SOLR_COLLECTION", "my news")))
                .isInstanceOf(Settings.InvalidSettingException.class).hasMessageContaining("BYLINE_SOLR_COLLECTION");
    }

    @Test
    void a_zookeeper_address_is_a_setting_error_that_says_what_to_give() {
        assertThatThrownBy(() -> Storage.resolve(INDEX, "zk1:2181,zk2:2181/solr", Map.of()))
                .isInstanceOf(Settings.InvalidSettingException.class).hasMessageContaining("Solr node URLs").hasMessageContaining("zk1:2181");
    }
}
