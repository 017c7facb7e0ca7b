using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>One choice of a select: text ≤75 (truncated), value ≤150 (refused when longer).</summary>
public sealed class SelectOption(string text, string value)
{
    public PlainText Text { get; } = new PlainText(text).Within(BlockKitLimits.OptionText);

    public string Value { get; } = Limits.RequireId(value, BlockKitLimits.OptionValue, "option value");

    public JsonObject ToJson() => new() { ["text"] = Text.ToJson(), ["value"] = Value };
}
