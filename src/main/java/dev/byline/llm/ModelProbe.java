package dev.byline.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.config.LlmSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A cheap start-up check that the configured model server answers: GET {base}/models (OpenAI-compatible) or
 * {base}/api/tags (Ollama), with a short timeout. Its message is one line and never contains the API key.
 */
public final class ModelProbe {

    /** What the probe found: whether answers can go through the model, and a one-line message saying why. */
    public record Result(boolean usable, String message) {}

    static final Duration MAX_WAIT = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    public Result probe(LlmSettings settings) {
        if (!settings.isEnabled()) return new Result(false, "no LLM configured (BYLINE_LLM=none)");
        boolean ollama = settings.provider() == LlmSettings.Provider.OLLAMA;
        String url = settings.baseUrl() + (ollama ? "/api/tags" : "/models");
        Duration wait = settings.timeout().compareTo(MAX_WAIT) < 0 ? settings.timeout() : MAX_WAIT;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(wait).GET();
        if (settings.apiKey() != null && !ollama) request.header("Authorization", "Bearer " + settings.apiKey());
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(wait).build()) {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 401 || status == 403) return new Result(false, "the API key was refused by " + url + " (HTTP " + status + ")");
            if (status != 200) return new Result(false, url + " answered HTTP " + status);
            List<String> models = models(response.body(), ollama);
            if (ollama && !offers(models, settings.model())) {
                return new Result(false, "Ollama at " + settings.baseUrl() + " has no model '" + settings.model() + "' (has: "
                        + String.join(", ", models) + "); run: ollama pull " + settings.model());
            }
            if (!models.isEmpty() && !offers(models, settings.model())) {
                // llama.cpp serves whatever it loaded under any name, so an unlisted model is worth a note, not a refusal.
                return new Result(true, settings.describe() + " (note: the server lists " + String.join(", ", models.subList(0, Math.min(5, models.size()))) + ")");
            }
            return new Result(true, settings.describe());
        } catch (HttpTimeoutException e) {
            return new Result(false, "no reply from " + url + " within " + wait.toMillis() + " ms");
        } catch (ConnectException e) {
            return new Result(false, "cannot connect to " + url);
        } catch (IOException e) {
            return new Result(false, "cannot reach " + url + ": " + oneLine(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "interrupted while checking " + url);
        }
    }

    private static List<String> models(String body, boolean ollama) {
        List<String> names = new ArrayList<>();
        try {
            JsonNode list = JSON.readTree(body).path(ollama ? "models" : "data");
            for (JsonNode m : list) names.add(m.path(ollama ? "name" : "id").asText());
        } catch (IOException e) {
            // a server that lists models in another shape still answered; the model name is not checked then
        }
        return names;
    }

    private static boolean offers(List<String> models, String model) {
        return models.stream().anyMatch(m -> m.equals(model) || m.equals(model + ":latest"));
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ");
    }
}
