package dev.byline.testing;

import dev.byline.nlp.text.TextModels;

/** The language models, built once for the whole test run as a process of Byline builds them once (the parser alone takes 20 s to load). */
public final class Models {

    public static final TextModels TEXT = TextModels.load();

    private Models() {}
}
