using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>The App Home tab of one user (≤100 blocks), published with views.publish.</summary>
public sealed class HomeView(IEnumerable<Block> blocks, string? callbackId = null)
{
    public IReadOnlyList<Block> Blocks { get; } = Limits.RequireCount(blocks, 1, BlockKitLimits.SurfaceBlocks, "home tab blocks");

    public string? CallbackId { get; } = callbackId is null ? null : Limits.RequireId(callbackId, BlockKitLimits.CallbackId, "callback_id");

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "home",
            ["blocks"] = new JsonArray([.. Blocks.Select(block => (JsonNode)block.ToJson())]),
        };
        if (CallbackId is not null)
        {
            json["callback_id"] = CallbackId;
        }
        return json;
    }
}
