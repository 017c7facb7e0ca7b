using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>
/// Formatted text. The constructor takes markup we wrote (escape user parts with <see cref="SlackMrkdwn"/>);
/// <see cref="FromUserText"/> takes raw user text and escapes all of it.
/// </summary>
public sealed class MrkdwnText(string markup) : TextObject(markup)
{
    public static MrkdwnText FromUserText(string text) => new(SlackMrkdwn.Escape(text));

    // verbatim: Slack must not turn bare URLs and channel names in user text into links or mentions.
    public override JsonObject ToJson() => new() { ["type"] = "mrkdwn", ["text"] = Text, ["verbatim"] = true };

    internal override MrkdwnText Within(int max) => Text.Length <= max ? this : new(Limits.Truncate(Text, max, isMarkup: true));
}
