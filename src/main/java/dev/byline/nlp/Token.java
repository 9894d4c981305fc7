package dev.byline.nlp;

/**
 * A word or punctuation mark of an article with its Universal Dependencies part of speech ("PROPN", "VERB").
 * {@code quoted} is true inside quotation marks, where words are someone's speech and never cues or speakers.
 */
record Token(int index, int start, int end, String text, String tag, int sentence, boolean quoted) {

    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    boolean isNounLike() {
        return tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("PRON") || tag.equals("NUM");
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
