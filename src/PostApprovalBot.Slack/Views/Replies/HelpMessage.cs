using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.Views.Replies;

/// <summary>What the bot understands, as typed after <paramref name="prefix"/> ("/post " for the slash command, "" in a DM).</summary>
public static class HelpMessage
{
    public static SlackMessage Build(IReadOnlyList<(string Usage, string Meaning)> commands, string prefix, string? intro = null)
    {
        var lines = commands.Select(c => $"`{SlackMrkdwn.Escape(prefix + c.Usage)}`: {SlackMrkdwn.Escape(c.Meaning)}").ToList();
        var blocks = new BlockList(BlockKitLimits.MessageBlocks);
        if (intro is not null)
        {
            blocks.Add(new SectionBlock(MrkdwnText.FromUserText(intro)));
        }
        blocks.AddRange(ViewText.PackLines("What I can do", lines, BlockKitLimits.MessageBlocks - 2));
        blocks.Add(new ContextBlock(new MrkdwnText("Approvers decide with the buttons on the messages I send them, or from my Home tab.")));
        return new SlackMessage("What I can do: " + string.Join(", ", commands.Select(c => SlackMrkdwn.Escape(prefix + c.Usage))), blocks.Blocks);
    }
}
