package dev.byline.web;

import static dev.byline.testing.Corpora.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.Byline;
import dev.byline.testing.Corpora;
import dev.byline.testing.Http;
import dev.byline.testing.Http.Reply;
import dev.byline.testing.RunningByline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /api/quotes against a real server over three dated articles from two outlets. */
class QuoteApiIT {

    @TempDir static Path dir;
    static Byline byline;
    static RunningByline running;
    static Http http;

    @BeforeAll
    static void start() {
        Path corpus = Corpora.jsonl(dir.resolve("corpus"), "news.jsonl", List.of(
                article("bbc-1", "Talks open", "BBC", "2016-03-10",
                        "The talks opened in Geneva.\n\n“We are ready to talk to everyone,” said Staffan de Mistura, the United Nations special envoy for Syria."),
                article("cnn-1", "Troops leave", "CNN", "2016-03-15",
                        "Russia began its withdrawal.\n\n“The mission has been accomplished,” Russian President Vladimir Putin said at the Kremlin."),
                article("bbc-2", "Talks stall", "BBC", "2016-03-20",
                        "The talks stalled on Sunday.\n\n“Our patience with the talks is not endless,” Vladimir Putin told reporters."),
                // "he" where only a woman was named: read as Hillary Clinton at most, and hedged.
                article("ap-1", "Rally", "AP", "2016-03-21",
                        "Hillary Clinton held a rally in Iowa.\n\n“The sanctions on Russia will stay,” he said.")));
        running = RunningByline.on(dir, List.of(corpus));
        byline = running.byline();
        http = running.http();
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
    }

    static List<String> articleIds(String query) {
        Reply reply = http.get("/api/quotes" + query);
        assertThat(reply.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode q : reply.json().get("quotes")) ids.add(q.get("articleId").asText());
        return ids;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                   | ap-1,bbc-2,cnn-1,bbc-1
            ?speaker=Putin                       | bbc-2,cnn-1
            ?speaker=de+Mistura                  | bbc-1
            ?q=talks                             | bbc-2,bbc-1
            ?speaker=Putin&q=mission+accomplished | cnn-1
            ?source=bbc                          | bbc-2,bbc-1
            ?from=2016-03-12&to=2016-03-16       | cnn-1
            ?limit=1                             | ap-1
            ?speaker=Nobody                      | ''
            """)
    void lists_quotes_newest_first_filtered_by_speaker_words_outlet_and_dates(String query, String expected) {
        assertThat(String.join(",", articleIds(query))).isEqualTo(expected);
    }

    @Test
    void a_quote_carries_its_speaker_role_words_offsets_and_article() {
        JsonNode q = http.get("/api/quotes?speaker=Putin&q=mission").json().get("quotes").get(0);
        assertThat(q.get("speaker").asText()).isEqualTo("Vladimir Putin");
        assertThat(q.get("role").asText()).isEqualTo("Russian President");
        assertThat(q.get("text").asText()).isEqualTo("“The mission has been accomplished,”");
        assertThat(q.get("type").asText()).isEqualTo("direct");
        assertThat(q.get("title").asText()).isEqualTo("Troops leave");
        assertThat(q.get("source").asText()).isEqualTo("CNN");
        assertThat(q.get("published").asText()).isEqualTo("2016-03-15");
        String text = byline.search().article("cnn-1").orElseThrow().text();
        assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
    }

    @Test
    void a_hedged_speaker_is_listed_only_when_asked_for_and_carries_the_articles_word() {
        assertThat(articleIds("?speaker=Clinton")).isEmpty();
        JsonNode q = http.get("/api/quotes?speaker=Clinton&hedged=true").json().get("quotes").get(0);
        assertThat(q.get("articleId").asText()).isEqualTo("ap-1");
        assertThat(q.get("speaker").asText()).isEqualTo("Hillary Clinton");
        assertThat(q.get("speakerMention").asText()).isEqualTo("he");
        assertThat(q.get("hedged").asBoolean()).isTrue();
        assertThat(q.get("speakerConfidence").asDouble()).isLessThan(0.5);
        JsonNode sure = http.get("/api/quotes?speaker=Putin&q=mission").json().get("quotes").get(0);
        assertThat(sure.get("hedged").asBoolean()).isFalse();
        assertThat(sure.get("speakerConfidence").asDouble()).isEqualTo(1.0);
        assertThat(sure.get("speakerMention").asText()).isEqualTo("Russian President Vladimir Putin");
        assertThat(http.get("/api/quotes?speaker=Clinton&hedged=maybe").status()).isEqualTo(400);
    }

    @Test
    void an_as_of_before_every_article_answers_none_and_cites_nothing() {
        Reply reply = http.postJson("/api/chat", java.util.Map.of("message", "Who said the sanctions on Russia will stay?", "asOf", "1990-01-01"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/answer/kind").asText()).isEqualTo("none");
        assertThat(reply.json().get("citations")).isEmpty();
    }

    @Test
    void who_said_names_a_hedged_speaker_only_as_most_likely() {
        JsonNode body = http.postJson("/api/chat", java.util.Map.of("message", "Who said the sanctions on Russia will stay?")).json();
        assertThat(body.at("/answer/text").asText()).startsWith("“He,” the article says, most likely Hillary Clinton, said");
        assertThat(body.at("/quotes/0/hedged").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ?from=2016-13-01                 | invalid_date
            ?to=yesterday                    | invalid_date
            ?from=2016-03-20&to=2016-03-01   | invalid_date
            ?limit=0                         | invalid_limit
            ?limit=101                       | invalid_limit
            ?limit=ten                       | invalid_limit
            """)
    void rejects_bad_dates_and_limits_with_a_json_error(String query, String code) {
        Reply reply = http.get("/api/quotes" + query);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo(code);
        assertThat(reply.json().get("message").asText()).isNotBlank();
    }
}
