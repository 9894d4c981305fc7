package dev.byline.answer;

/** What an answer is: a quote, a speaker, a date, a person's role, a passage, or nothing found. Written lower-case in JSON. */
public enum AnswerKind { QUOTE, SPEAKER, DATE, PERSON, PASSAGE, NONE }
