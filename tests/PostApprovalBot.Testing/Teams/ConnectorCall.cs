using System.Text.Json.Nodes;

namespace PostApprovalBot.Testing.Teams;

/// <summary>One call the bot made to the Bot Connector stand-in, and the activity id it was given (or updated).</summary>
public sealed record ConnectorCall(string Method, string Path, string Authorization, JsonNode? Body, string? ConversationId, string? ActivityId)
{
    /// <summary>The Adaptive Card the call carried, if any.</summary>
    public JsonObject? Card => Body?["attachments"]?[0]?["content"] as JsonObject;

    public bool IsPost => Method == "POST";

    public bool IsUpdate => Method == "PUT";

    /// <summary>Every text shown on the card (TextBlocks, TextRuns, facts), joined by newlines, for "does it say …" checks.</summary>
    public string CardText => Card is null ? "" : TextOf(Card);

    public static string TextOf(JsonNode card) => string.Join('\n', Texts(card));

    private static IEnumerable<string> Texts(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in new[] { "text", "title", "value" })
                {
                    if (obj[key] is JsonValue v && v.TryGetValue(out string? s)) yield return s;
                }

                foreach (var (_, child) in obj)
                {
                    foreach (var t in Texts(child)) yield return t;
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var t in Texts(child)) yield return t;
                }

                break;
        }
    }
}
