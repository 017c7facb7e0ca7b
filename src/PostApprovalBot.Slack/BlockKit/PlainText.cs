using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>Text shown exactly as written: no formatting, links or mentions, so user text needs no escaping.</summary>
public sealed class PlainText(string text) : TextObject(text)
{
    public override JsonObject ToJson() => new() { ["type"] = "plain_text", ["text"] = Text, ["emoji"] = true };

    internal override PlainText Within(int max) => Text.Length <= max ? this : new(Limits.Truncate(Text, max, isMarkup: false));
}
