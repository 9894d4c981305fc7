package dev.byline.answer;

/** How an answer was written: extracted from the sources, by an LLM, or extracted after the LLM failed. */
public enum AnswerMode { EXTRACTIVE, LLM, LLM_FALLBACK }
