using System.Globalization;
using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>A time picker (Input.Time); values travel as <c>HH:mm</c>.</summary>
public sealed record TimeInput(string Id, string Label) : CardInput(Id, Label)
{
    public TimeOnly? Value { get; init; }

    protected override string ElementType => "Input.Time";

    protected override void WriteInputProperties(JsonObject json) =>
        CardJson.Set(json, "value", Value?.ToString("HH:mm", CultureInfo.InvariantCulture));
}
