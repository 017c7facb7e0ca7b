using System.Text.Json;
using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>Small helpers shared by the element builders: enum names as the schema spells them, and optional properties.</summary>
internal static class CardJson
{
    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode> toJson) => new(items.Select(toJson).ToArray());

    public static void Set(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    public static void Set<T>(JsonObject json, string name, T? value) where T : struct, Enum
    {
        if (value is { } v)
        {
            json[name] = Name(v);
        }
    }

    public static void SetTrue(JsonObject json, string name, bool value)
    {
        if (value)
        {
            json[name] = true;
        }
    }
}
