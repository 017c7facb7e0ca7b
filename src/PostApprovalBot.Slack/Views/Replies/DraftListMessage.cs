using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.Views.Replies;

/// <summary>A list of drafts answered to a chat command; long lists end with "…and N more".</summary>
public static class DraftListMessage
{
    // header + packed lines + hint; the lines get the rest of the message's 50 blocks.
    private const int LineBlocks = BlockKitLimits.MessageBlocks - 2;

    public static SlackMessage Build(string title, IReadOnlyList<DraftListLine> lines, string whenEmpty, string? hint = null)
    {
        var blocks = new BlockList(BlockKitLimits.MessageBlocks);
        blocks.Add(new HeaderBlock($"{title} ({lines.Count})"));
        if (lines.Count == 0)
        {
            blocks.Add(new SectionBlock(MrkdwnText.FromUserText(whenEmpty)));
        }
        else
        {
            blocks.AddRange(ViewText.PackLines(title, lines.Select(Line).ToList(), LineBlocks));
        }
        if (hint is not null)
        {
            blocks.Add(new ContextBlock(MrkdwnText.FromUserText(hint)));
        }
        return new SlackMessage($"{SlackMrkdwn.Escape(title)}: {lines.Count}", blocks.Blocks);
    }

    private static string Line(DraftListLine line) =>
        $"*{SlackMrkdwn.Escape(line.DraftId)}* {SlackMrkdwn.Escape(line.AccountName)} ({SlackMrkdwn.Escape(line.Platform)}): "
        + $"{SlackMrkdwn.Escape(line.StandingText)}, scheduled {SlackMrkdwn.Escape(line.ScheduledTimeText)}\n"
        + $"_{SlackMrkdwn.Escape(ViewText.Preview(line.DraftText, 150))}_";
}
