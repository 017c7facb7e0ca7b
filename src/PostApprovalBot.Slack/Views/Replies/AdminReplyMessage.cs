using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.Views.Replies;

/// <summary>The answer to an admin command: a headline (marked done or refused) and its lines, all escaped.</summary>
public static class AdminReplyMessage
{
    private const int LineBlocks = BlockKitLimits.MessageBlocks - 1;

    public static SlackMessage Build(bool succeeded, string title, IReadOnlyList<string> lines)
    {
        var icon = succeeded ? ":white_check_mark:" : ":no_entry_sign:";
        var blocks = new BlockList(BlockKitLimits.MessageBlocks);
        blocks.Add(new HeaderBlock(title));
        var escaped = lines.Select(SlackMrkdwn.Escape).ToList();
        blocks.AddRange(escaped.Count == 0
            ? [new SectionBlock(new MrkdwnText($"{icon} Done."))]
            : ViewText.PackLines($"{icon} {SlackMrkdwn.Escape(title)}", escaped, LineBlocks));
        return new SlackMessage($"{SlackMrkdwn.Escape(title)}: {SlackMrkdwn.Escape(string.Join(" ", lines.Take(1)))}", blocks.Blocks);
    }
}
