using System.Text;
using System.Text.Json.Nodes;

namespace PostApprovalBot.Testing.Slack;

/// <summary>Reads Block Kit JSON the way a person reads the rendered surface: its texts and its buttons.</summary>
public static class SlackJson
{
    public static string AllText(JsonNode? node)
    {
        var text = new StringBuilder();
        Collect(node, text);
        return text.ToString();
    }

    public static IEnumerable<JsonObject> Buttons(JsonArray blocks)
    {
        foreach (var block in blocks.OfType<JsonObject>())
        {
            if (block["accessory"] is JsonObject { } accessory && accessory["type"]?.GetValue<string>() == "button")
                yield return accessory;
            if (block["elements"] is JsonArray elements)
                foreach (var element in elements.OfType<JsonObject>().Where(e => e["type"]?.GetValue<string>() == "button"))
                    yield return element;
        }
    }

    private static void Collect(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name == "text" && value is JsonValue leaf && leaf.TryGetValue<string>(out var s)) text.Append(s).Append('\n');
                    else Collect(value, text);
                }
                break;
            case JsonArray array:
                foreach (var item in array) Collect(item, text);
                break;
        }
    }
}
