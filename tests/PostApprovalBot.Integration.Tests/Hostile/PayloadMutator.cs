using System.Text;

namespace PostApprovalBot.Integration.Tests.Hostile;

/// <summary>
/// Mutates a real JSON payload the way a broken client, a proxy or an attacker might: a value replaced by another
/// type, an enormous or control-character-laden string, a key removed, deep nesting, or the bytes cut or flipped.
/// Deterministic for a given seed, so a failure can be replayed.
/// </summary>
public sealed class PayloadMutator(int seed)
{
    private static readonly string[] Strings =
    [
        "", " ", "\u0000", "\u0007\u001b[31m", "\u202Eevil\u202C", "👩‍👩‍👧‍👦", "../../etc/passwd", "P-ZZZZZZ", "' or 1=1 --", "%00%2F%5C",
        "<at>x</at>", "{\"d\":\"P-AAAAAA\",\"r\":1,\"s\":\"Legal\"}", "9999999999999999999999", "-1", "NaN", "\ud800",
    ];

    private readonly Random random = new(seed);

    public string Mutate(JsonNode original)
    {
        var copy = original.DeepClone();
        return random.Next(10) switch
        {
            < 6 => MutateTree(copy).ToJsonString(),
            < 8 => MutateTree(MutateTree(copy)).ToJsonString(),
            _ => MutateBytes(copy.ToJsonString()),
        };
    }

    private JsonNode MutateTree(JsonNode root)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[random.Next(nodes.Count)];
        if (target.Parent is null) return random.Next(2) == 0 ? new JsonArray(root) : JsonValue.Create(Pick())!;
        var replacement = Replacement();
        switch (target.Parent)
        {
            case JsonObject parent:
                var key = parent.First(p => ReferenceEquals(p.Value, target)).Key;
                if (random.Next(5) == 0) parent.Remove(key);
                else parent[key] = replacement;
                break;
            case JsonArray array:
                var index = array.IndexOf(target);
                if (random.Next(5) == 0) array.RemoveAt(index);
                else array[index] = replacement;
                break;
        }
        return root;
    }

    private JsonNode? Replacement() => random.Next(9) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(3) == 0 ? long.MaxValue : random.Next(-5, 5)),
        2 => JsonValue.Create(random.Next(2) == 0),
        3 => JsonValue.Create(string.Concat(Enumerable.Repeat(Pick(), random.Next(1, 5_000)))),
        4 => new JsonArray(JsonValue.Create(Pick()), JsonValue.Create(1)),
        5 => new JsonObject { [Pick()] = Pick() },
        6 => Nested(random.Next(10, 200)),
        _ => JsonValue.Create(Pick()),
    };

    private string Pick() => Strings[random.Next(Strings.Length)];

    private static JsonNode Nested(int depth)
    {
        JsonNode node = JsonValue.Create(1);
        for (var i = 0; i < depth; i++) node = new JsonArray(node);
        return node;
    }

    private string MutateBytes(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        switch (random.Next(3))
        {
            case 0:
                return Encoding.UTF8.GetString(bytes, 0, random.Next(bytes.Length));
            case 1:
                bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                return Encoding.UTF8.GetString(bytes);
            default:
                var at = random.Next(bytes.Length);
                return json[..Math.Min(at, json.Length)] + Pick() + json[Math.Min(at, json.Length)..];
        }
    }

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        into.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj) if (child is not null) Collect(child, into);
                break;
            case JsonArray array:
                foreach (var child in array) if (child is not null) Collect(child, into);
                break;
        }
    }
}
