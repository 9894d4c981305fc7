package dev.byline.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/** A message for Slack: Block Kit blocks and the plain {@code text} Slack shows in notifications and where blocks cannot be drawn. */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
    public SlackMessage {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
        if (blocks.size() > AnswerBlocks.MAX_BLOCKS) throw new IllegalArgumentException("Slack takes at most " + AnswerBlocks.MAX_BLOCKS + " blocks");
    }
}
