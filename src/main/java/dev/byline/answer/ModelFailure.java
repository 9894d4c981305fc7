package dev.byline.answer;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import java.net.http.HttpTimeoutException;

/**
 * The model did not give a usable answer (timeout, HTTP error, empty or malformed output). Its message is one short
 * line fit to show users: server response bodies are left out, as they may echo request details.
 */
final class ModelFailure extends Exception {
    private static final long serialVersionUID = 1L;

    ModelFailure(String message) {
        super(message);
    }

    /** A one-line reason for a LangChain4j or transport error. */
    static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) return "HTTP " + http.statusCode();
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException || t instanceof java.util.concurrent.TimeoutException) return "timed out";
            if (t instanceof java.net.ConnectException) return "cannot connect to the model server";
        }
        String message = error.getMessage() == null ? "" : ": " + error.getMessage().replaceAll("\\s+", " ");
        String line = error.getClass().getSimpleName() + message;
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
