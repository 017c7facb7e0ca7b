using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>
/// A modal: title, submit and close ≤24 characters (truncated), ≤100 blocks, <see cref="CallbackId"/> ≤255 and
/// <see cref="PrivateMetadata"/> ≤3,000 (refused when longer). A modal with inputs must have a submit button.
/// </summary>
public sealed class ModalView
{
    public ModalView(
        string title,
        IEnumerable<Block> blocks,
        string callbackId,
        string? submit = null,
        string? close = null,
        string privateMetadata = "",
        bool notifyOnClose = false)
    {
        Title = new PlainText(title).Within(BlockKitLimits.ModalTitle);
        Blocks = Limits.RequireCount(blocks, 1, BlockKitLimits.SurfaceBlocks, "modal blocks");
        CallbackId = Limits.RequireId(callbackId, BlockKitLimits.CallbackId, "callback_id");
        Submit = submit is null ? null : new PlainText(submit).Within(BlockKitLimits.ModalButtonText);
        Close = close is null ? null : new PlainText(close).Within(BlockKitLimits.ModalButtonText);
        PrivateMetadata = Limits.Require(privateMetadata, BlockKitLimits.PrivateMetadata, "private_metadata");
        NotifyOnClose = notifyOnClose;
        if (Submit is null && Blocks.Any(block => block is InputBlock))
        {
            throw new ArgumentException("A modal with input blocks needs a submit button.", nameof(submit));
        }
    }

    public PlainText Title { get; }

    public IReadOnlyList<Block> Blocks { get; }

    public string CallbackId { get; }

    public PlainText? Submit { get; }

    public PlainText? Close { get; }

    public string PrivateMetadata { get; }

    public bool NotifyOnClose { get; }

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "modal",
            ["title"] = Title.ToJson(),
            ["callback_id"] = CallbackId,
            ["private_metadata"] = PrivateMetadata,
            ["notify_on_close"] = NotifyOnClose,
            ["blocks"] = new JsonArray([.. Blocks.Select(block => (JsonNode)block.ToJson())]),
        };
        if (Submit is not null)
        {
            json["submit"] = Submit.ToJson();
        }
        if (Close is not null)
        {
            json["close"] = Close.ToJson();
        }
        return json;
    }
}
