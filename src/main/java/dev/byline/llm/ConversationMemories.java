package dev.byline.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bounded LangChain4j {@link ChatMemory} per conversation, least recently used dropped first: the recent
 * questions and checked answers a follow-up is read against.
 */
public final class ConversationMemories {

    /** Three turns (question and answer each) are enough to resolve "he" or "that decision". */
    static final int MAX_MESSAGES = 6;
    static final int MAX_CONVERSATIONS = 10_000;

    private final Map<String, ChatMemory> byId = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ChatMemory> eldest) {
            return size() > MAX_CONVERSATIONS;
        }
    });

    /** The conversation so far; empty for a new or unknown conversation (or none). */
    public List<ChatMessage> messages(String conversationId) {
        if (conversationId == null) return List.of();
        ChatMemory memory = byId.get(conversationId);
        if (memory == null) return List.of();
        synchronized (memory) {
            return List.copyOf(memory.messages());
        }
    }

    /** Adds a turn; answer markers are dropped because their numbers meant other sources in that turn. */
    public void remember(String conversationId, String question, String answer) {
        if (conversationId == null) return;
        ChatMemory memory = byId.computeIfAbsent(conversationId, id -> MessageWindowChatMemory.builder().id(id).maxMessages(MAX_MESSAGES).build());
        synchronized (memory) {
            memory.add(UserMessage.from(question));
            memory.add(AiMessage.from(answer.replaceAll("\\s*\\[\\d+(?:\\s*,\\s*\\d+)*]", "")));
        }
    }
}
