using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>A button that unfolds a nested card, for detail most readers do not need (e.g. a diff).</summary>
public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title)
{
    protected override string ActionType => "Action.ShowCard";

    protected override void WriteProperties(JsonObject json) => json["card"] = Card.ToJson(nested: true);
}
