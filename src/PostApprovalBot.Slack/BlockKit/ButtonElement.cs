using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>
/// A button: text ≤75 (truncated), value ≤2,000 (refused when longer: it is data, not display).
/// The value comes back with the click but proves nothing about who clicked.
/// </summary>
public sealed class ButtonElement(string text, string actionId, string? value = null, ButtonStyle style = ButtonStyle.Default)
    : BlockElement(actionId)
{
    public PlainText Text { get; } = new PlainText(text).Within(BlockKitLimits.ButtonText);

    public string? Value { get; } = value is null ? null : Limits.Require(value, BlockKitLimits.ButtonValue, "button value");

    public ButtonStyle Style { get; } = style;

    public override JsonObject ToJson()
    {
        var json = Start("button");
        json["text"] = Text.ToJson();
        if (Value is not null)
        {
            json["value"] = Value;
        }
        if (Style != ButtonStyle.Default)
        {
            json["style"] = Style == ButtonStyle.Primary ? "primary" : "danger";
        }
        return json;
    }
}
