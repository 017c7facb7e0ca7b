using System.Globalization;
using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>A date picker (Input.Date); values travel as <c>yyyy-MM-dd</c>.</summary>
public sealed record DateInput(string Id, string Label) : CardInput(Id, Label)
{
    public DateOnly? Value { get; init; }

    public DateOnly? Min { get; init; }

    public DateOnly? Max { get; init; }

    protected override string ElementType => "Input.Date";

    protected override void WriteInputProperties(JsonObject json)
    {
        CardJson.Set(json, "value", Format(Value));
        CardJson.Set(json, "min", Format(Min));
        CardJson.Set(json, "max", Format(Max));
    }

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
