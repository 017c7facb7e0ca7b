using System.Text.RegularExpressions;

namespace PostApprovalBot.Integration.Tests.Teams.Support;

/// <summary>Reads cards the way a Teams client does: the buttons they offer and the data a click would send back.</summary>
public static partial class CardReading
{
    public static readonly string[] DecisionVerbs = ["approve", "reject", "requestChanges"];

    /// <summary>The data a click on the button with this verb sends, with the person's inputs merged in (as Teams does).</summary>
    public static JsonObject Click(JsonObject card, string verb, params (string Input, string Value)[] inputs)
    {
        var action = Actions(card).FirstOrDefault(a => (string?)a["verb"] == verb)
            ?? throw new InvalidOperationException($"The card offers no '{verb}' button. It says:\n{ConnectorCall.TextOf(card)}");
        var data = action["data"]?.DeepClone().AsObject() ?? [];
        foreach (var (input, value) in inputs) data[input] = value;
        return data;
    }

    public static IEnumerable<string> Verbs(JsonObject card) => Actions(card).Select(a => (string?)a["verb"]).OfType<string>();

    public static bool OffersDecisions(JsonObject card) => Verbs(card).Any(DecisionVerbs.Contains);

    /// <summary>The card an invoke answer carries, or fails saying what the answer was instead.</summary>
    public static JsonObject AnswerCard(JsonObject invokeAnswer)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)invokeAnswer["type"]);
        return invokeAnswer["value"]!.AsObject();
    }

    public static string Text(JsonObject card) => ConnectorCall.TextOf(card);

    public static string DraftId(string text) => DraftIdPattern().Match(text) is { Success: true } m
        ? m.Value
        : throw new InvalidOperationException("No draft id in: " + text);

    /// <summary>Action.Execute buttons at the card level and inside action sets (not the refresh action).</summary>
    private static IEnumerable<JsonObject> Actions(JsonNode node) => node switch
    {
        JsonObject obj => (string?)obj["type"] == "Action.Execute" && obj.Parent is JsonArray
            ? [obj]
            : obj.Where(p => p.Key != "refresh" && p.Value is not null).SelectMany(p => Actions(p.Value!)),
        JsonArray array => array.OfType<JsonNode>().SelectMany(Actions),
        _ => [],
    };

    [GeneratedRegex("P-[2-9A-HJKMNP-TV-Z]{6}")]
    private static partial Regex DraftIdPattern();
}
