using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>A run of text inside a <see cref="RichTextBlock"/> with its own weight and colour.</summary>
public sealed record TextRun(string Text)
{
    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool IsSubtle { get; init; }

    public bool Italic { get; init; }

    public bool IsMonospace { get; init; }

    /// <summary>Struck through, e.g. words a revision removed.</summary>
    public bool Strikethrough { get; init; }

    /// <summary>Highlighted, e.g. words a revision added.</summary>
    public bool Highlight { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "TextRun", ["text"] = Text };
        CardJson.Set(json, "weight", Weight);
        CardJson.Set(json, "color", Color);
        CardJson.SetTrue(json, "isSubtle", IsSubtle);
        CardJson.SetTrue(json, "italic", Italic);
        CardJson.SetTrue(json, "strikethrough", Strikethrough);
        CardJson.SetTrue(json, "highlight", Highlight);
        if (IsMonospace)
        {
            json["fontType"] = "monospace";
        }

        return json;
    }
}
