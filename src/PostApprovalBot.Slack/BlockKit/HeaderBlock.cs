using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>A large plain-text heading (≤150 characters, truncated).</summary>
public sealed class HeaderBlock(string text, string? blockId = null) : Block(blockId)
{
    public PlainText Text { get; } = new PlainText(text).Within(BlockKitLimits.HeaderText);

    public override JsonObject ToJson()
    {
        var json = Start("header");
        json["text"] = Text.ToJson();
        return json;
    }
}
