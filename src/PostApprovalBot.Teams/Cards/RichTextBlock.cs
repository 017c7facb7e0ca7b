using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>One paragraph mixing styles, e.g. a bold verdict followed by plain detail.</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement
{
    protected override string ElementType => "RichTextBlock";

    protected override void WriteProperties(JsonObject json) => json["inlines"] = CardJson.Array(Inlines, run => run.ToJson());
}
