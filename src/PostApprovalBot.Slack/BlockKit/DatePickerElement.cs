using System.Globalization;
using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>A calendar; the submitted value is <c>selected_date</c> as YYYY-MM-DD.</summary>
public sealed class DatePickerElement(string actionId, DateOnly? initialDate = null, string? placeholder = null)
    : InputElement(actionId)
{
    public DateOnly? InitialDate { get; } = initialDate;

    public PlainText? Placeholder { get; } = PlaceholderText(placeholder);

    public override JsonObject ToJson()
    {
        var json = Start("datepicker");
        if (InitialDate is { } date)
        {
            json["initial_date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (Placeholder is not null)
        {
            json["placeholder"] = Placeholder.ToJson();
        }
        return json;
    }
}
