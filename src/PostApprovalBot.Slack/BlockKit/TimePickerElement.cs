using System.Globalization;
using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>A time picker; the submitted value is <c>selected_time</c> as HH:mm.</summary>
public sealed class TimePickerElement(string actionId, TimeOnly? initialTime = null, string? placeholder = null)
    : InputElement(actionId)
{
    public TimeOnly? InitialTime { get; } = initialTime;

    public PlainText? Placeholder { get; } = PlaceholderText(placeholder);

    public override JsonObject ToJson()
    {
        var json = Start("timepicker");
        if (InitialTime is { } time)
        {
            json["initial_time"] = time.ToString("HH:mm", CultureInfo.InvariantCulture);
        }
        if (Placeholder is not null)
        {
            json["placeholder"] = Placeholder.ToJson();
        }
        return json;
    }
}
