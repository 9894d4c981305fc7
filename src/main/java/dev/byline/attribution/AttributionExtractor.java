package dev.byline.attribution;

import dev.byline.attribution.model.AttributionModels;
import dev.byline.attribution.model.AttributionTagger;
import dev.byline.attribution.resolve.People;
import dev.byline.attribution.resolve.SpeakerResolver;
import dev.byline.attribution.resolve.WhenResolver;
import dev.byline.attribution.rules.AttributionFinder;
import dev.byline.attribution.rules.AttributionFinder.Found;
import dev.byline.corpus.Article;
import dev.byline.nlp.text.ArticleText;
import dev.byline.nlp.text.Quotations;
import dev.byline.nlp.text.TextModels;
import dev.byline.nlp.text.TextSpan;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Finds who said what, and when, in a news article: direct, mixed and indirect quotes and "according to"
 * sourcing, each with its speaker (fullest name, role apart), cue, content spans and date. Rules find the frames;
 * the learned taggers shipped in the jar ({@link AttributionTagger}) decide on top of them which cues and spans
 * PolNeAR's annotators would mark. Thread-safe and reusable: the OpenNLP models are loaded once per JVM and shared.
 */
public final class AttributionExtractor {

    private final TextModels text;
    private final Quotations quotations = new Quotations();
    private final AttributionFinder finder = new AttributionFinder();
    private final WhenResolver dates = new WhenResolver();
    /** The learned tagger, or null for the rules alone; asked at the first extraction, not at construction. */
    private final Supplier<AttributionTagger> learned;

    private final Stages stages;

    private AttributionExtractor(TextModels text, Supplier<AttributionTagger> learned, Stages stages) {
        this.text = text;
        this.learned = learned;
        this.stages = stages;
    }

    private AttributionExtractor(TextModels text, Supplier<AttributionTagger> learned) {
        this(text, learned, Stages.NONE);
    }

    /** This extractor, telling {@code stages} how long each stage took per article. */
    public AttributionExtractor timed(Stages stages) {
        return new AttributionExtractor(text, learned, stages);
    }

    /** An extractor with the given learned tagger, or the rules alone when it is null. */
    public AttributionExtractor(TextModels text, AttributionTagger learned) {
        this(text, () -> learned);
    }

    /**
     * An extractor with the attribution models shipped in the jar (the rules alone if there are none). The models
     * (about 30 MB) are read at the first extraction, so commands and servers that never extract do not wait for them.
     */
    public static AttributionExtractor shipped(TextModels text) {
        return new AttributionExtractor(text, new Supplier<>() {
            private java.util.Optional<AttributionTagger> read; // guarded by get()'s lock

            @Override
            public synchronized AttributionTagger get() {
                if (read == null) read = java.util.Optional.ofNullable(AttributionModels.shipped());
                return read.orElse(null);
            }
        });
    }

    /** The extractor that uses the rules alone, without the learned taggers; for comparison. */
    public static AttributionExtractor rulesOnly(TextModels text) {
        return new AttributionExtractor(text, (AttributionTagger) null);
    }

    /** An extractor with the attribution models in {@code directory}, as written by {@code train attributions}. */
    public static AttributionExtractor withModels(TextModels text, java.nio.file.Path directory) throws java.io.IOException {
        return new AttributionExtractor(text, AttributionModels.load(directory));
    }

    /** The attributions of {@code article}, in the order their content appears in the text. */
    public List<Attribution> extract(Article article) {
        long t0 = System.nanoTime();
        ArticleText doc = analyse(article.text());
        long t1 = System.nanoTime();
        stages.record("text", t1 - t0);
        People people = new People(doc);
        List<Found> rules = finder.find(doc);
        long t2 = System.nanoTime();
        stages.record("rules", t2 - t1);
        AttributionTagger tagger = learned.get();
        List<Found> found = tagger == null ? rules : tagger.find(doc, rules);
        long t3 = System.nanoTime();
        stages.record("models", t3 - t2);
        java.util.BitSet sources = new java.util.BitSet(doc.tokens.size());
        for (Found f : found) if (f.source() != null) sources.set(f.source().first(), f.source().last() + 1);
        SpeakerResolver speakers = new SpeakerResolver(doc, people, sources);
        List<WhenResolver.EventDate> events = dates.eventDates(doc.text);
        Map<Found, Attribution> done = new IdentityHashMap<>();
        // Resolve in text order of the source, as a reader meets them.
        List<Found> bySource = new ArrayList<>(found);
        bySource.sort(java.util.Comparator.comparingInt(f -> f.follows() != null ? Integer.MAX_VALUE
                : f.source() != null ? f.source().first() : -1));
        for (Found f : bySource) {
            if (f.follows() != null) {
                Attribution previous = done.get(f.follows());
                done.put(f, new Attribution(previous.speaker(), null, f.content(), f.type(), previous.when()));
                continue;
            }
            Speaker speaker = speakers.resolve(f.source());
            done.put(f, new Attribution(speaker, f.cue(), f.content(), f.type(), when(doc, f, article, speaker, events)));
        }
        List<Attribution> out = new ArrayList<>(found.size());
        for (Found f : found) out.add(done.get(f));
        stages.record("resolve", System.nanoTime() - t3);
        return out;
    }

    public ArticleText analyse(String text) {
        return new ArticleText(text, this.text, quotations);
    }

    public List<Found> rules(ArticleText doc) {
        return finder.find(doc);
    }

    // The date is read from the attribution's own words: its unit with the content blanked out; failing that,
    // from a dated speech event about the same speaker shortly before ("the March 14 announcement").
    private SaidWhen when(ArticleText doc, Found f, Article article, Speaker speaker, List<WhenResolver.EventDate> events) {
        ArticleText.Unit unit = doc.units.get(f.unit());
        StringBuilder frame = new StringBuilder(doc.text.substring(unit.start(), unit.end()));
        for (TextSpan part : f.content()) {
            for (int i = Math.max(part.start(), unit.start()); i < Math.min(part.end(), unit.end()); i++) {
                frame.setCharAt(i - unit.start(), ' ');
            }
        }
        int cue = f.cue() == null ? 0 : f.cue().start() - unit.start();
        SaidWhen stated = dates.stated(frame.toString(), cue, article.published());
        if (stated != null) return stated;
        SaidWhen event = speaker == null ? null : dates.eventBefore(doc.text, events, unit.start(), surname(speaker), article.published());
        if (event != null) return event;
        return article.published() == null ? SaidWhen.UNKNOWN : SaidWhen.approximately(article.published());
    }

    private static String surname(Speaker speaker) {
        String[] words = speaker.name().strip().split("\\s+");
        String last = words[words.length - 1];
        return last.length() > 1 && Character.isUpperCase(last.charAt(0)) ? last : null;
    }
}
