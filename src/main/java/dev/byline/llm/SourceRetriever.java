package dev.byline.llm;

import dev.byline.corpus.Article;
import dev.byline.search.PassageHit;
import dev.byline.search.QuoteHit;
import dev.byline.search.QuoteQuery;
import dev.byline.search.SearchBackend;
import dev.byline.search.SearchFilter;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sources an LLM answer is written from: the quotes that best match the question (each as the passage that
 * holds it, labelled with speaker, role and date) and then BM25 passages, without a passage twice. Every source is
 * a span of its article's text, so citations and the verbatim check work the same for both kinds.
 */
public final class SourceRetriever {

    /** Metadata keys a quote source adds to a passage's. */
    public static final String SPEAKER = "speaker", ROLE = "role", SAID = "said";

    /** Quotes among the sources at most: the rest are passages, which carry the context a quote lacks. */
    static final int MAX_QUOTES = 2;

    private final SearchBackend search;

    public SourceRetriever(SearchBackend search) {
        this.search = search;
    }

    /** This retrieval as a LangChain4j {@link ContentRetriever} under one filter. */
    public ContentRetriever with(SearchFilter filter, int max) {
        return query -> retrieve(query.text(), filter, max);
    }

    public List<Content> retrieve(String question, SearchFilter filter, int max) {
        List<Content> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        Map<String, Integer> articleIndex = new HashMap<>();
        Map<String, Optional<Article>> texts = new HashMap<>();
        for (QuoteHit quote : search.quotes(QuoteQuery.byWords(question), filter, MAX_QUOTES).hits()) {
            Optional<Article> article = texts.computeIfAbsent(quote.articleId(), search::article);
            if (article.isEmpty() || quote.contextEnd() > article.get().text().length()) continue;
            String context = article.get().text().substring(quote.contextStart(), quote.contextEnd());
            PassageHit hit = new PassageHit(quote.articleId(), quote.title(), quote.source(), quote.published(), quote.url(),
                    context, quote.contextStart(), quote.contextEnd(), quote.score());
            Content content = PassageContentRetriever.toContent(hit);
            TextSegment segment = content.textSegment();
            // A speaker Byline is not sure of reaches the model as the article's word and a likely reading, so that
            // the model, too, does not name the person as certain.
            segment.metadata().put(SPEAKER, quote.hedged()
                    ? "not certain: the article says “" + quote.speakerMention() + "”, most likely " + quote.speaker()
                    : quote.speaker());
            if (quote.role() != null && !quote.hedged()) segment.metadata().put(ROLE, quote.role());
            if (quote.isoDate() != null) segment.metadata().put(SAID, quote.isoDate());
            out.add(content);
            taken.add(new int[] {index(articleIndex, quote.articleId()), quote.contextStart(), quote.contextEnd()});
        }
        for (PassageHit hit : search.passages(question, filter, max).hits()) {
            if (out.size() >= max) break;
            int article = index(articleIndex, hit.articleId());
            boolean overlaps = taken.stream().anyMatch(t -> t[0] == article && hit.start() < t[2] && t[1] < hit.end());
            if (overlaps) continue;
            out.add(PassageContentRetriever.toContent(hit));
            taken.add(new int[] {article, hit.start(), hit.end()});
        }
        return out;
    }

    private static int index(Map<String, Integer> ids, String articleId) {
        return ids.computeIfAbsent(articleId, id -> ids.size());
    }
}
