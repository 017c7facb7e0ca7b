using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>A pick list (Input.ChoiceSet).</summary>
public sealed record ChoiceSetInput(string Id, string Label, IReadOnlyList<Choice> Choices) : CardInput(Id, Label)
{
    public ChoiceInputStyle Style { get; init; } = ChoiceInputStyle.Compact;

    public bool IsMultiSelect { get; init; }

    public string? Placeholder { get; init; }

    /// <summary>The preselected choice value (comma-separated when multi-select).</summary>
    public string? Value { get; init; }

    protected override string ElementType => "Input.ChoiceSet";

    protected override void WriteInputProperties(JsonObject json)
    {
        json["choices"] = CardJson.Array(Choices, choice => choice.ToJson());
        json["style"] = CardJson.Name(Style);
        CardJson.SetTrue(json, "isMultiSelect", IsMultiSelect);
        CardJson.Set(json, "placeholder", Placeholder);
        CardJson.Set(json, "value", Value);
    }
}
