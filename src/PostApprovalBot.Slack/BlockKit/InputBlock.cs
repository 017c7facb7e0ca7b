using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>
/// A labelled form field in a modal. The block id is required: submissions are read back by
/// block id and action id, and field errors are addressed to the block id.
/// </summary>
public sealed class InputBlock(string label, InputElement element, string blockId, bool optional = false, string? hint = null)
    : Block(blockId ?? throw new ArgumentNullException(nameof(blockId)))
{
    public PlainText Label { get; } = new PlainText(label).Within(BlockKitLimits.InputLabel);

    public InputElement Element { get; } = element ?? throw new ArgumentNullException(nameof(element));

    public bool Optional { get; } = optional;

    public PlainText? Hint { get; } = hint is null ? null : new PlainText(hint).Within(BlockKitLimits.InputHint);

    public override JsonObject ToJson()
    {
        var json = Start("input");
        json["label"] = Label.ToJson();
        json["element"] = Element.ToJson();
        json["optional"] = Optional;
        if (Hint is not null)
        {
            json["hint"] = Hint.ToJson();
        }
        return json;
    }
}
