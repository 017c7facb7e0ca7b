using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>An Adaptive Card, schema <see cref="Version"/> (what Teams renders), built from typed elements.</summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body)
{
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string Version = "1.5";

    public IReadOnlyList<CardAction> Actions { get; init; } = [];

    public CardRefresh? Refresh { get; init; }

    /// <summary>Read aloud by screen readers and shown in notifications when the card cannot be.</summary>
    public string? FallbackText { get; init; }

    /// <summary>The card as JSON; a nested card (inside Action.ShowCard) carries no schema or version of its own.</summary>
    public JsonObject ToJson(bool nested = false)
    {
        var json = new JsonObject { ["type"] = "AdaptiveCard" };
        if (!nested)
        {
            json["$schema"] = Schema;
            json["version"] = Version;
        }

        json["body"] = CardJson.Array(Body, element => element.ToJson());
        if (Actions.Count > 0)
        {
            json["actions"] = CardJson.Array(Actions, action => action.ToJson());
        }

        if (Refresh is not null)
        {
            json["refresh"] = Refresh.ToJson();
        }

        CardJson.Set(json, "fallbackText", FallbackText);
        return json;
    }

    public string ToJsonString() => ToJson().ToJsonString();
}
