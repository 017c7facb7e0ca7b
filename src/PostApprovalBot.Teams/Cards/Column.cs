using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>A column of a <see cref="ColumnSet"/>; <see cref="Width"/> is <c>auto</c>, <c>stretch</c> or a relative weight such as <c>2</c>.</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    public const string Auto = "auto";
    public const string Stretch = "stretch";

    public string Width { get; init; } = Stretch;

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "Column",
            ["width"] = int.TryParse(Width, out var weight) ? JsonValue.Create(weight) : JsonValue.Create(Width),
            ["items"] = CardJson.Array(Items, item => item.ToJson()),
        };
        CardJson.Set(json, "verticalContentAlignment", VerticalContentAlignment);
        return json;
    }
}
