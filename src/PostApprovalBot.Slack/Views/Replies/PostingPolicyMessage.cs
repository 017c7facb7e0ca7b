using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.Views.Replies;

/// <summary>The posting guidance and frequency rules of one account, to read before drafting; the guidance is shown as written.</summary>
public static class PostingPolicyMessage
{
    private const int GuidanceBlocks = 20;

    public static SlackMessage Build(PostingPolicyModel model)
    {
        var account = $"{model.AccountName} ({model.Platform})";
        var blocks = new BlockList(BlockKitLimits.MessageBlocks);
        blocks.Add(new HeaderBlock($"Posting policy for {account}"));
        if (model.Guidance is null)
        {
            blocks.Add(new SectionBlock(MrkdwnText.FromUserText($"This account has no written guidance yet. Ask its owner, {model.OwnerText}.")));
            return new SlackMessage($"Posting policy for {SlackMrkdwn.Escape(account)}: none yet", blocks.Blocks);
        }
        blocks.Add(new SectionBlock(new MrkdwnText("Read this before you draft a post for the account:")));
        blocks.AddRange(ViewText.PlainTextSections(model.Guidance.Length > 0 ? model.Guidance : "(no text)", GuidanceBlocks, out var hidden));
        if (hidden > 0)
        {
            blocks.Add(new ContextBlock(new MrkdwnText($"…{hidden} more characters; ask {SlackMrkdwn.Escape(model.OwnerText)} for the whole text.")));
        }
        blocks.Add(new SectionBlock(null,
        [
            new MrkdwnText($"*Posts per day*\n{SlackMrkdwn.Escape(model.PerDayText)}"),
            new MrkdwnText($"*Posts per week*\n{SlackMrkdwn.Escape(model.PerWeekText)}"),
            new MrkdwnText($"*Posting hours*\n{SlackMrkdwn.Escape(model.HoursText)}"),
            new MrkdwnText($"*Owner*\n{SlackMrkdwn.Escape(model.OwnerText)}"),
        ]));
        return new SlackMessage($"Posting policy for {SlackMrkdwn.Escape(account)}", blocks.Blocks);
    }
}
