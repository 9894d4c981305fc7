package dev.byline.nlp.text;

/**
 * A word or punctuation mark of an article with its Universal Dependencies part of speech ("PROPN", "VERB").
 * {@code quoted} is true inside quotation marks, where words are someone's speech and never cues or speakers.
 * {@code lower} is the text in lower case, made once: the extraction's features ask for it millions of times.
 */
public record Token(int index, int start, int end, String text, String tag, int sentence, boolean quoted, String lower) {

    public Token(int index, int start, int end, String text, String tag, int sentence, boolean quoted) {
        this(index, start, end, text, tag, sentence, quoted, text.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    boolean isNounLike() {
        return tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("PRON") || tag.equals("NUM");
    }
}
