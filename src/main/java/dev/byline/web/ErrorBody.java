package dev.byline.web;

/** The JSON body of every HTTP error, and of the {@code error} event of a chat stream. */
public record ErrorBody(String error, String message) {

    static final String INTERNAL_MESSAGE = "something went wrong on our side; the error is logged";

    /** The body for a failure: an {@link ApiError} speaks for itself, anything else is an internal error. */
    static ErrorBody of(Exception e) {
        return e instanceof ApiError api ? new ErrorBody(api.code(), api.getMessage()) : new ErrorBody("internal_error", INTERNAL_MESSAGE);
    }
}
