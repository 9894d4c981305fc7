package dev.byline.chat;

import dev.byline.llm.ModelFollowUps;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Rewrites follow-ups with the configured LLM, and by rule when the model fails or replies with something other than a question. */
public final class ModelRewriter implements QuestionRewriter {

    private static final Logger LOG = LoggerFactory.getLogger(ModelRewriter.class);

    private final ModelFollowUps model;
    private final QuestionRewriter rules;

    public ModelRewriter(ModelFollowUps model, QuestionRewriter rules) {
        this.model = model;
        this.rules = rules;
    }

    /** The rules' clarification: a model may read "she" as the only man quoted, and nothing then checks it. */
    @Override
    public java.util.Optional<String> clarification(String message, List<Conversations.Turn> turns) {
        return rules.clarification(message, turns);
    }

    @Override
    public String standalone(String message, String conversationId, List<Conversations.Turn> turns) {
        if (turns.isEmpty()) return message;
        List<ModelFollowUps.Exchange> history = turns.stream()
                .map(t -> new ModelFollowUps.Exchange(t.question(), t.response().answer().text())).toList();
        try {
            String rewritten = model.standalone(message, conversationId, history).orElse(null);
            if (rewritten != null) {
                LOG.debug("follow-up '{}' read as '{}'", message, rewritten);
                return rewritten;
            }
            LOG.info("the model's rewrite of a follow-up was no question; rewriting it by rule");
        } catch (RuntimeException e) {
            LOG.warn("rewriting a follow-up with the model failed ({}); rewriting it by rule", e.getMessage());
        }
        return rules.standalone(message, conversationId, turns);
    }
}
