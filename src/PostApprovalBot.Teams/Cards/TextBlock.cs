using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>A paragraph of text; wraps by default because clipped approval text would hide what is being approved.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool IsSubtle { get; init; }

    public bool Wrap { get; init; } = true;

    public int? MaxLines { get; init; }

    /// <summary>Marks the block as a heading for screen readers (schema 1.5 <c>style: heading</c>).</summary>
    public bool IsHeading { get; init; }

    /// <summary>Monospace, for diffs.</summary>
    public bool IsMonospace { get; init; }

    protected override string ElementType => "TextBlock";

    protected override void WriteProperties(JsonObject json)
    {
        json["text"] = Text;
        json["wrap"] = Wrap;
        CardJson.Set(json, "size", Size);
        CardJson.Set(json, "weight", Weight);
        CardJson.Set(json, "color", Color);
        CardJson.SetTrue(json, "isSubtle", IsSubtle);
        if (MaxLines is { } maxLines)
        {
            json["maxLines"] = maxLines;
        }

        if (IsHeading)
        {
            json["style"] = "heading";
        }

        if (IsMonospace)
        {
            json["fontType"] = "monospace";
        }
    }
}
