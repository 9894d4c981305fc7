package dev.byline.answer;

import dev.byline.config.LlmSettings;
import dev.byline.llm.AnswerPrompt;
import dev.byline.llm.LlmModels;
import dev.byline.llm.PassageContentRetriever;
import dev.byline.llm.SourceRetriever;
import dev.byline.nlp.text.Sentences;
import dev.byline.search.PassageHit;
import dev.byline.search.SearchBackend;
import dev.byline.search.SearchFilter;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes answers with an LLM through LangChain4j's RAG pieces: a {@link QueryTransformer} turns a follow-up into a
 * standalone question using the conversation's memory, the Lucene {@link ContentRetriever} finds passages, the
 * {@link AnswerPrompt} numbers them, a {@link StreamingChatModel} writes, and the {@link CitationChecker} keeps only
 * what the sources say. Any model failure, or an answer too little of which survives the check, is answered
 * extractively instead, marked {@link AnswerMode#LLM_FALLBACK}.
 *
 * <p>The steps are composed here rather than in a {@code DefaultRetrievalAugmentor} because the checker needs the
 * exact numbered sources and the answer needs the standalone question, which the augmentor does not return.
 */
public final class LlmAnswerer implements Answerer {

    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);

    /** Passages given to the model; more rarely help and make the prompt slower on local models. */
    static final int SOURCES = 6;

    private final StreamingChatModel model;
    private final SourceRetriever sources;
    private final SearchBackend search;
    private final Sentences sentences;
    private final Answerer extractive;
    private final AnswerPrompt prompt = new AnswerPrompt();
    private final Duration timeout;

    public LlmAnswerer(StreamingChatModel model, SourceRetriever sources, SearchBackend search,
                       Sentences sentences, Answerer extractive, Duration timeout) {
        this.model = model;
        this.sources = sources;
        this.search = search;
        this.sentences = sentences;
        this.extractive = extractive;
        this.timeout = timeout;
    }

    /** The answerer for the configured model; follow-ups reach it already rewritten (see chat's ModelRewriter). */
    public static LlmAnswerer from(LlmModels models, LlmSettings settings, SourceRetriever sources, SearchBackend search, Sentences sentences, Answerer extractive) {
        return new LlmAnswerer(models.streaming(), sources, search, sentences, extractive, settings.timeout());
    }

    @Override
    public AnswerResult answer(Question question, AnswerListener listener) {
        Stream out = new Stream(listener);
        String text = question.text();
        try {
            return generate(question, text, out);
        } catch (ModelFailure e) {
            return fallback(question, text, e.getMessage(), out);
        }
    }

    private AnswerResult generate(Question question, String text, Stream out) throws ModelFailure {
        SearchFilter filter = question.filter();
        List<Content> contents = sources.with(filter, SOURCES).retrieve(Query.from(text));
        Searched searched = Searched.of(text, search.terms(text), filter);
        if (contents.isEmpty()) return out.whole(ExtractiveAnswerer.nothingFound(searched));
        List<PassageHit> hits = contents.stream().map(PassageContentRetriever::toHit).toList();
        ChatRequest request = ChatRequest.builder()
                .messages(prompt.systemMessage(), prompt.inject(contents, UserMessage.from(text)))
                .build();
        CheckedStream checked = new CheckedStream(new CitationChecker(hits), sentences);
        String raw = new ModelStream(model, timeout).write(request, delta -> checked.accept(delta).forEach(out::send));
        if (raw.isBlank()) throw new ModelFailure("the model's reply was empty");
        checked.finish().forEach(out::send);
        CitationChecker.Checked result = checked.checker().result();
        result.removed().forEach(r -> LOG.info("removed from the model's answer ({}): {}", r.reason(), r.sentence()));
        if (result.kept() == 0 && saysNoAnswer(raw)) {
            String none = "The sources I found do not answer \"" + text.strip() + "\".";
            return out.whole(new AnswerResult(new Answer(none, AnswerKind.NONE, AnswerMode.LLM), List.of(), searched));
        }
        if (result.isTooLittleLeft()) {
            throw new ModelFailure("too little of the model's answer could be checked against the sources");
        }
        return new AnswerResult(new Answer(result.text(), AnswerKind.PASSAGE, AnswerMode.LLM), result.citations(), searched);
    }

    private static boolean saysNoAnswer(String raw) {
        String normal = raw.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "");
        return normal.startsWith(AnswerPrompt.NO_ANSWER.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", ""));
    }

    private AnswerResult fallback(Question question, String text, String reason, Stream out) {
        LOG.warn("the language model gave no usable answer ({}); answering extractively", reason);
        AnswerResult extracted = extractive.answer(new Question(text, question.filter(), question.conversationId()), AnswerListener.NONE);
        String note = "The language model gave no usable answer (" + reason + "), so this answer is taken directly from the sources.";
        Answer answer = new Answer(note + " " + extracted.answer().text(), extracted.answer().kind(), AnswerMode.LLM_FALLBACK);
        return out.whole(new AnswerResult(answer, extracted.citations(), extracted.searched()));
    }

    /** The listener, and whether it has heard anything yet, so a replacement answer is set apart from what came before. */
    private static final class Stream {
        private final AnswerListener listener;
        private boolean started;

        Stream(AnswerListener listener) {
            this.listener = listener;
        }

        void send(String piece) {
            if (piece.isEmpty()) return;
            started = true;
            listener.delta(piece);
        }

        AnswerResult whole(AnswerResult result) {
            send((started ? "\n\n" : "") + result.answer().text());
            return result;
        }
    }
}
