package dev.byline.nlp.text;

/**
 * The language models every analysis shares: sentences, tokens with parts of speech, and the dependency parser
 * (which reads its models on the first parse, not here). Built once per object graph and passed down.
 */
public record TextModels(Sentences sentences, Tagger tagger, Syntax syntax) {

    public TextModels {
        java.util.Objects.requireNonNull(sentences, "sentences");
        java.util.Objects.requireNonNull(tagger, "tagger");
        java.util.Objects.requireNonNull(syntax, "syntax");
    }

    /** Reads the sentence and part-of-speech models now; the parser waits for its first parse. */
    public static TextModels load() {
        return new TextModels(new Sentences(), new Tagger(), new Syntax());
    }
}
