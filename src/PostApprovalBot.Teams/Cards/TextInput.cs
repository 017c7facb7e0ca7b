using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>A text field (Input.Text), single line or multiline.</summary>
public sealed record TextInput(string Id, string Label) : CardInput(Id, Label)
{
    public bool IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    protected override string ElementType => "Input.Text";

    protected override void WriteInputProperties(JsonObject json)
    {
        CardJson.SetTrue(json, "isMultiline", IsMultiline);
        if (MaxLength is { } maxLength)
        {
            json["maxLength"] = maxLength;
        }

        CardJson.Set(json, "placeholder", Placeholder);
        CardJson.Set(json, "value", Value);
    }
}
