using System.Text.Json;
using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Activities;

/// <summary>
/// An <c>adaptiveCard/action</c> invoke: the Action.Execute verb and its data, with input values merged in by input id.
/// The data came from a card, so it names things (draft, stage) but never who acted: that is <see cref="Activity.From"/>.
/// </summary>
public sealed record AdaptiveCardActionRequest(string Verb, string? ActionId, JsonObject Data, ActionTrigger Trigger)
{
    public const string InvokeName = "adaptiveCard/action";

    /// <summary>Reads the request from an invoke activity; null when the activity is not a well-formed Action.Execute invoke.</summary>
    public static AdaptiveCardActionRequest? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Invoke || activity.Name != InvokeName
            || activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (ReadString(action, "type") != "Action.Execute" || ReadString(action, "verb") is not { Length: > 0 } verb)
        {
            return null;
        }

        var data = action.TryGetProperty("data", out var raw) && raw.ValueKind == JsonValueKind.Object
            ? JsonObject.Create(raw.Clone()) ?? []
            : [];
        var trigger = string.Equals(ReadString(value, "trigger"), "automatic", StringComparison.OrdinalIgnoreCase)
            ? ActionTrigger.Automatic
            : ActionTrigger.Manual;
        return new AdaptiveCardActionRequest(verb, ReadString(action, "id"), data, trigger);
    }

    /// <summary>A data value as text (numbers and booleans included); null when absent or structured.</summary>
    public string? DataText(string key) => Data[key] switch
    {
        JsonValue v when v.TryGetValue(out string? s) => s,
        JsonValue v => v.ToJsonString(),
        _ => null,
    };

    private static string? ReadString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
