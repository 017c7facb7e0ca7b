using System.Text.Json.Nodes;
using PostApprovalBot.Teams.Activities;
using PostApprovalBot.Teams.Cards;

namespace PostApprovalBot.Teams.Invoke;

/// <summary>
/// The answer to an <c>adaptiveCard/action</c> invoke (PROTOCOLS.md §4), written synchronously as the HTTP response:
/// always HTTP <see cref="HttpStatusCode"/> 200 with <see cref="ToJson"/> as the body; the outcome is in the body's <c>statusCode</c>.
/// </summary>
public sealed record AdaptiveCardActionResponse
{
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    private AdaptiveCardActionResponse(int statusCode, string type, JsonNode value)
    {
        StatusCode = statusCode;
        Type = type;
        Value = value;
    }

    /// <summary>The HTTP status of the invoke response itself; Teams reads the real outcome from the body.</summary>
    public int HttpStatusCode => 200;

    public int StatusCode { get; }

    public string Type { get; }

    public JsonNode Value { get; }

    /// <summary>Replaces the card for the user who clicked (or whose client asked for a refresh).</summary>
    public static AdaptiveCardActionResponse Card(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new(200, Attachment.AdaptiveCardContentType, card.ToJson());
    }

    /// <summary>Keeps the card and shows a short text to the user who clicked.</summary>
    public static AdaptiveCardActionResponse Message(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new(200, MessageType, JsonValue.Create(text));
    }

    /// <summary>Shows an error to the user who clicked: 400 for a request they can correct, 500 for our failure.</summary>
    public static AdaptiveCardActionResponse Error(int statusCode, string code, string message)
    {
        if (statusCode is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "An error response needs a 4xx or 5xx status.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return new(statusCode, ErrorType, new JsonObject { ["code"] = code, ["message"] = message });
    }

    public JsonObject ToJson() => new()
    {
        ["statusCode"] = StatusCode,
        ["type"] = Type,
        ["value"] = Value.DeepClone(),
    };

    public string ToJsonString() => ToJson().ToJsonString();
}
