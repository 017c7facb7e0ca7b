using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>
/// A message body: blocks (≤50) plus <see cref="FallbackText"/>, which Slack shows in notifications and
/// to clients that cannot render blocks.
/// </summary>
public sealed class SlackMessage
{
    public SlackMessage(string fallbackText, IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(fallbackText);
        FallbackText = Limits.Truncate(fallbackText, BlockKitLimits.MessageText, isMarkup: true);
        Blocks = Limits.RequireCount(blocks, 0, BlockKitLimits.MessageBlocks, "message blocks");
    }

    public string FallbackText { get; }

    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>The <c>text</c> and <c>blocks</c> properties shared by chat.postMessage, chat.update and replies.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["text"] = FallbackText };
        if (Blocks.Count > 0)
        {
            json["blocks"] = new JsonArray([.. Blocks.Select(block => (JsonNode)block.ToJson())]);
        }
        return json;
    }
}
