package dev.byline.web;

/** The JSON body of every HTTP error. */
public record ErrorBody(String error, String message) {}
