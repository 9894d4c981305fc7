package dev.byline.nlp.text;

import dev.byline.nlp.lexicon.Abbreviations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Tokenises article text and tags parts of speech with OpenNLP's UD English model.
 * The tokeniser is a regular expression rather than OpenNLP's learned one: it is several times faster, keeps
 * abbreviations such as "U.N." and "Mr." whole, and treats the typewriter quote {@code ''} as one mark.
 * Thread-safe: the model is read once per instance and shared, and a tagger is made per call.
 */
public final class Tagger {

    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /**
     * Candidates the tagger's beam search keeps per token. The model ships with 3; tagging is most of extraction's
     * time, and the attribution patterns need the tags of names, verbs and clause words, which a narrower beam
     * gets as well: PolNeAR train scores identical with 2 and 3, extraction 14% faster with 2 (OpenNLP needs at least 2).
     */
    static final int BEAM_SIZE = 2;
    private final POSModel model = load();

    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            "''|``",
            Abbreviations.TOKEN_PATTERN,
            "(?:\\p{L}\\.){2,}",
            "\\p{Lu}\\.(?=\\s\\p{Lu})",
            "\\p{N}+(?:[.,:]\\p{N}+)*",
            "\\p{Lu}['’]\\p{Lu}\\p{L}+",
            "['’](?:s|re|ll|ve|d|m|t)\\b",
            "[\\p{L}\\p{N}]+(?:[-.&/][\\p{L}\\p{N}]+)*",
            // Not \S alone: news text is full of no-break spaces, which Java's \s does not count as spaces.
            "[^\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]"));

    /** Tokens of {@code text}, tagged sentence by sentence; {@code quoted} marks offsets inside quotations. */
    List<Token> tag(String text, List<Sentences.Sentence> sentences, java.util.BitSet quoted) {
        POSTaggerME tagger = new POSTaggerME(model, POSTagFormat.UD);
        List<Token> out = new ArrayList<>(text.length() / 5);
        List<int[]> spans = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            Sentences.Sentence sentence = sentences.get(s);
            spans.clear();
            Matcher m = TOKEN.matcher(text).region(sentence.start(), sentence.end());
            while (m.find()) spans.add(new int[] {m.start(), m.end()});
            String[] words = new String[spans.size()];
            for (int i = 0; i < words.length; i++) words[i] = normaliseForTagger(text.substring(spans.get(i)[0], spans.get(i)[1]));
            String[] tags = tagger.tag(words);
            for (int i = 0; i < words.length; i++) {
                int start = spans.get(i)[0];
                int end = spans.get(i)[1];
                out.add(new Token(out.size(), start, end, text.substring(start, end), tags[i], s, quoted.get(start)));
            }
        }
        return out;
    }

    /** Tokens of one sentence (or a short text read as one), with offsets into it; none is marked quoted. */
    public List<Token> tagSentence(String sentence) {
        return tag(sentence, List.of(new Sentences.Sentence(0, sentence.length(), sentence)), new java.util.BitSet());
    }

    // The model was trained on ASCII apostrophes and quotes; curly ones would look like unknown words to it.
    private static String normaliseForTagger(String word) {
        return switch (word) {
            case "“", "”", "''", "``", "„", "«", "»" -> "\"";
            case "‘", "’" -> "'";
            default -> word.indexOf('’') >= 0 ? word.replace('’', '\'') : word;
        };
    }

    private static POSModel load() {
        try (InputStream in = Tagger.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("OpenNLP POS model missing from the classpath: " + MODEL);
            return new POSModel(new java.io.ByteArrayInputStream(withBeamSize(in.readAllBytes(), BEAM_SIZE)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP POS model", e);
        }
    }

    /** The model package (a zip) with its manifest's BeamSize replaced: OpenNLP reads the beam size only from there. */
    static byte[] withBeamSize(byte[] model, int beamSize) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(model.length);
        try (java.util.zip.ZipInputStream zin = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(model));
             java.util.zip.ZipOutputStream zout = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry entry; (entry = zin.getNextEntry()) != null; ) {
                byte[] bytes = zin.readAllBytes();
                if (entry.getName().equals("manifest.properties")) {
                    java.util.Properties manifest = new java.util.Properties();
                    manifest.load(new java.io.ByteArrayInputStream(bytes));
                    manifest.setProperty("BeamSize", Integer.toString(beamSize));
                    java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
                    manifest.store(written, null);
                    bytes = written.toByteArray();
                }
                zout.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zout.write(bytes);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
