using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>An interactive element; <see cref="ActionId"/> (≤255) tells our handler which element fired.</summary>
public abstract class BlockElement
{
    private protected BlockElement(string actionId)
    {
        ActionId = Limits.RequireId(actionId, BlockKitLimits.ActionId, "action_id");
    }

    public string ActionId { get; }

    public abstract JsonObject ToJson();

    private protected JsonObject Start(string type) => new() { ["type"] = type, ["action_id"] = ActionId };

    private protected static PlainText? PlaceholderText(string? text) =>
        text is null ? null : new PlainText(text).Within(BlockKitLimits.Placeholder);
}
