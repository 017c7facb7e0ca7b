using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>A row of interactive elements (1–25).</summary>
public sealed class ActionsBlock(IEnumerable<BlockElement> elements, string? blockId = null) : Block(blockId)
{
    public IReadOnlyList<BlockElement> Elements { get; } =
        Limits.RequireCount(elements, 1, BlockKitLimits.ActionsElements, "actions elements");

    public override JsonObject ToJson()
    {
        var json = Start("actions");
        json["elements"] = new JsonArray([.. Elements.Select(element => (JsonNode)element.ToJson())]);
        return json;
    }
}
