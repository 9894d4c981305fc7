package dev.byline.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.CompressingQueryTransformer;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Rewrites a follow-up into a question that stands alone by asking the model, with the conversation's last turns
 * (LangChain4j's CompressingQueryTransformer). Empty when the model's reply is no question (empty, or an answer).
 */
public final class ModelFollowUps {

    /** One earlier turn: what was asked and what Byline answered. */
    public record Exchange(String question, String answer) {}

    /** Three turns (question and answer each) are enough to resolve "he" or "that decision". */
    static final int MAX_EXCHANGES = 3;
    /** A rewritten question longer than this is the model answering instead of rewriting. */
    static final int MAX_STANDALONE_CHARS = 500;

    private final QueryTransformer transformer;

    public ModelFollowUps(ChatModel model) {
        this(new CompressingQueryTransformer(model));
    }

    ModelFollowUps(QueryTransformer transformer) {
        this.transformer = transformer;
    }

    /**
     * The standalone question for {@code message} after {@code history} (oldest first); the model's failure is thrown
     * as it came, for the caller to fall back on.
     */
    public Optional<String> standalone(String message, String conversationId, List<Exchange> history) {
        if (history.isEmpty()) return Optional.of(message);
        List<ChatMessage> messages = new ArrayList<>();
        for (Exchange e : history.subList(Math.max(0, history.size() - MAX_EXCHANGES), history.size())) {
            messages.add(UserMessage.from(e.question()));
            // Answer markers are dropped: their numbers meant other sources in that turn.
            messages.add(AiMessage.from(e.answer().replaceAll("\\s*\\[\\d+(?:\\s*,\\s*\\d+)*]", "")));
        }
        UserMessage asked = UserMessage.from(message);
        Collection<Query> queries = transformer.transform(Query.from(message, Metadata.from(asked, conversationId, messages)));
        String rewritten = queries.isEmpty() ? "" : queries.iterator().next().text().strip().replaceAll("^[\"“]|[\"”]$", "").strip();
        if (rewritten.isEmpty() || rewritten.length() > MAX_STANDALONE_CHARS) return Optional.empty();
        return Optional.of(rewritten);
    }
}
