package dev.byline.llm;

import dev.byline.config.LlmSettings;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * The two LangChain4j models Byline needs from one configured server: a blocking one for short calls (rewriting a
 * follow-up into a standalone question) and a streaming one for answers.
 */
public record LlmModels(ChatModel chat, StreamingChatModel streaming) {

    /** Answers should stick to the sources, not be creative. */
    static final double TEMPERATURE = 0.0;

    public static LlmModels from(LlmSettings settings) {
        return switch (settings.provider()) {
            case OPENAI -> new LlmModels(
                    OpenAiChatModel.builder().baseUrl(settings.baseUrl()).apiKey(settings.apiKey()).modelName(settings.model())
                            .timeout(settings.timeout()).temperature(TEMPERATURE)
                            // A failure falls back to an extractive answer at once; retries would only keep the user waiting.
                            .maxRetries(0).build(),
                    OpenAiStreamingChatModel.builder().baseUrl(settings.baseUrl()).apiKey(settings.apiKey()).modelName(settings.model())
                            .timeout(settings.timeout()).temperature(TEMPERATURE).build());
            case OLLAMA -> new LlmModels(
                    OllamaChatModel.builder().baseUrl(settings.baseUrl()).modelName(settings.model())
                            .timeout(settings.timeout()).temperature(TEMPERATURE).maxRetries(0).build(),
                    OllamaStreamingChatModel.builder().baseUrl(settings.baseUrl()).modelName(settings.model())
                            .timeout(settings.timeout()).temperature(TEMPERATURE).build());
            case NONE -> throw new IllegalArgumentException("no LLM is configured (BYLINE_LLM=none)");
        };
    }
}
