using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.Views.Replies;

/// <summary>
/// A short message with one button, for answers that need a modal where no trigger id is at hand
/// (a DM or a mention): the click brings the trigger id that opens it.
/// </summary>
public static class ButtonPrompt
{
    public static SlackMessage Build(string text, string buttonText, string actionId, string? value = null) => new(
        SlackMrkdwn.Escape(text),
        [new SectionBlock(MrkdwnText.FromUserText(text), accessory: new ButtonElement(buttonText, actionId, value, ButtonStyle.Primary))]);
}
