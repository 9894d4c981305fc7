package dev.byline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.byline.search.SearchFilter;
import io.javalin.http.Context;
import io.javalin.validation.ValidationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Validation at the HTTP edge: content type, JSON bodies, dates, limits. Everything throws {@link ApiError}. */
final class Requests {

    private Requests() {}

    static <T> T jsonBody(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiError(415, "unsupported_media_type", "send the body as application/json (got " + (contentType == null ? "no content type" : contentType) + ")");
        }
        String body = ctx.body();
        if (body.isBlank()) throw ApiError.badRequest("invalid_json", "the request body is empty; send a JSON object");
        try {
            T value = Json.mapper().readValue(body, type);
            if (value == null) throw ApiError.badRequest("invalid_json", "the request body must be a JSON object");
            return value;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("invalid_json", "malformed JSON" + where(e) + ": " + reason(e));
        }
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    /** Jackson's reason without its parser-internal detail (source and marker locations, type names). */
    private static String reason(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch) {
            String field = mismatch.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            return field.isEmpty() ? "the body must be a JSON object" : "'" + field + "' has the wrong type";
        }
        String message = String.valueOf(e.getOriginalMessage());
        int cut = message.indexOf(" (start marker");
        if (cut < 0) cut = message.indexOf(" (for ");
        if (cut < 0) cut = message.indexOf('\n');
        return (cut < 0 ? message : message.substring(0, cut)).strip();
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("invalid_date", "'" + name + "' must be a date as YYYY-MM-DD, got '" + value + "'");
        }
    }

    static SearchFilter filter(String from, String to, String asOf, List<String> sources) {
        try {
            return new SearchFilter(date("from", from), date("to", to), date("asOf", asOf), sources);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid_date", e.getMessage());
        }
    }

    /** A yes/no query parameter: absent is false; "true" or "false", any case; anything else is a 400. */
    static boolean flag(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return false;
        if (raw.equalsIgnoreCase("true")) return true;
        if (raw.equalsIgnoreCase("false")) return false;
        throw ApiError.badRequest("invalid_flag", "'" + name + "' must be true or false, got '" + raw + "'");
    }

    static int limit(Context ctx, int fallback, int max) {
        String raw = ctx.queryParam("limit");
        if (raw == null || raw.isBlank()) return fallback;
        try {
            return ctx.queryParamAsClass("limit", Integer.class).check(l -> l >= 1 && l <= max, "out of range").get();
        } catch (ValidationException e) {
            throw ApiError.badRequest("invalid_limit", "'limit' must be a whole number from 1 to " + max + ", got '" + raw + "'");
        }
    }
}
