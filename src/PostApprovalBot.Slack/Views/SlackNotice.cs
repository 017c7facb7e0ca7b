using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.Views;

/// <summary>Short plain messages: an ephemeral note or a refusal, with all of the text escaped.</summary>
public static class SlackNotice
{
    public static SlackMessage Text(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new(SlackMrkdwn.Escape(text), [new SectionBlock(MrkdwnText.FromUserText(text))]);
    }

    /// <summary>Says what was refused and why, in words the user can act on.</summary>
    public static SlackMessage Refusal(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new($"Not done: {SlackMrkdwn.Escape(reason)}", [new SectionBlock(new MrkdwnText($":no_entry_sign: {SlackMrkdwn.Escape(reason)}"))]);
    }
}
