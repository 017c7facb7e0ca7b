using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>A layout block of a message, modal or Home tab.</summary>
public abstract class Block
{
    private protected Block(string? blockId)
    {
        BlockId = blockId is null ? null : Limits.RequireId(blockId, BlockKitLimits.BlockId, "block_id");
    }

    public string? BlockId { get; }

    public abstract JsonObject ToJson();

    private protected JsonObject Start(string type)
    {
        var json = new JsonObject { ["type"] = type };
        if (BlockId is not null)
        {
            json["block_id"] = BlockId;
        }
        return json;
    }
}
