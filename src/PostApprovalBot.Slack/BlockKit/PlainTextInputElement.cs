using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>A text box; Slack caps what a user can type at <see cref="MaxLength"/> (≤3,000).</summary>
public sealed class PlainTextInputElement : InputElement
{
    public PlainTextInputElement(
        string actionId,
        bool multiline = false,
        string? initialValue = null,
        string? placeholder = null,
        int maxLength = BlockKitLimits.PlainTextInputLength)
        : base(actionId)
    {
        if (maxLength is < 1 or > BlockKitLimits.PlainTextInputLength)
        {
            throw new BlockKitLimitException("plain_text_input max_length", BlockKitLimits.PlainTextInputLength, maxLength);
        }
        Multiline = multiline;
        MaxLength = maxLength;
        // Prefilled user text is never cut silently: a longer value is a caller bug.
        InitialValue = initialValue is null ? null : Limits.Require(initialValue, maxLength, "plain_text_input initial_value");
        Placeholder = PlaceholderText(placeholder);
    }

    public bool Multiline { get; }

    public int MaxLength { get; }

    public string? InitialValue { get; }

    public PlainText? Placeholder { get; }

    public override JsonObject ToJson()
    {
        var json = Start("plain_text_input");
        json["multiline"] = Multiline;
        json["max_length"] = MaxLength;
        if (InitialValue is not null)
        {
            json["initial_value"] = InitialValue;
        }
        if (Placeholder is not null)
        {
            json["placeholder"] = Placeholder.ToJson();
        }
        return json;
    }
}
