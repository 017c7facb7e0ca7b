namespace PostApprovalBot.Teams.Tests.Support;

/// <summary>Finds elements and actions anywhere in a card's JSON, as a client would see them.</summary>
internal static class CardJsonQueries
{
    public static IEnumerable<JsonObject> Descendants(this JsonNode node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
            foreach (var (_, child) in obj)
            {
                if (child is not null)
                {
                    foreach (var d in child.Descendants())
                    {
                        yield return d;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.Where(c => c is not null))
            {
                foreach (var d in child!.Descendants())
                {
                    yield return d;
                }
            }
        }
    }

    public static IEnumerable<JsonObject> OfType(this JsonNode card, string type) =>
        card.Descendants().Where(o => (string?)o["type"] == type);

    public static IEnumerable<string> Texts(this JsonNode card) =>
        card.Descendants().Where(o => o["text"] is JsonValue).Select(o => (string)o["text"]!);
}
