using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>Buttons placed inside the body, e.g. one per row of a list.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement
{
    protected override string ElementType => "ActionSet";

    protected override void WriteProperties(JsonObject json) => json["actions"] = CardJson.Array(Actions, action => action.ToJson());
}
