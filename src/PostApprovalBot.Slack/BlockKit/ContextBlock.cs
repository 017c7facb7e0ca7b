using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>Small grey text: up to 10 text elements.</summary>
public sealed class ContextBlock(IEnumerable<TextObject> elements, string? blockId = null) : Block(blockId)
{
    public IReadOnlyList<TextObject> Elements { get; } = Limits
        .RequireCount(elements, 1, BlockKitLimits.ContextElements, "context elements")
        .Select(element => element.Within(BlockKitLimits.ContextText))
        .ToList();

    public ContextBlock(TextObject element, string? blockId = null)
        : this([element], blockId)
    {
    }

    public override JsonObject ToJson()
    {
        var json = Start("context");
        json["elements"] = new JsonArray([.. Elements.Select(element => (JsonNode)element.ToJson())]);
        return json;
    }
}
