using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

public sealed class DividerBlock(string? blockId = null) : Block(blockId)
{
    public override JsonObject ToJson() => Start("divider");
}
