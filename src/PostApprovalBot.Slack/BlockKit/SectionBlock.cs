using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>Text (≤3,000), up to 10 fields (≤2,000 each) and an optional accessory element.</summary>
public sealed class SectionBlock : Block
{
    public SectionBlock(TextObject? text, IEnumerable<TextObject>? fields = null, BlockElement? accessory = null, string? blockId = null)
        : base(blockId)
    {
        Text = text?.Within(BlockKitLimits.SectionText);
        Fields = Limits.RequireCount(fields ?? [], 0, BlockKitLimits.SectionFields, "section fields")
            .Select(field => field.Within(BlockKitLimits.FieldText))
            .ToList();
        if (Text is null && Fields.Count == 0)
        {
            throw new ArgumentException("A section needs text or fields.", nameof(text));
        }
        Accessory = accessory;
    }

    public TextObject? Text { get; }

    public IReadOnlyList<TextObject> Fields { get; }

    public BlockElement? Accessory { get; }

    public override JsonObject ToJson()
    {
        var json = Start("section");
        if (Text is not null)
        {
            json["text"] = Text.ToJson();
        }
        if (Fields.Count > 0)
        {
            json["fields"] = new JsonArray([.. Fields.Select(field => (JsonNode)field.ToJson())]);
        }
        if (Accessory is not null)
        {
            json["accessory"] = Accessory.ToJson();
        }
        return json;
    }
}
