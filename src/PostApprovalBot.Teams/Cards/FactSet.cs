using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>Title/value pairs laid out as a two-column table.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement
{
    protected override string ElementType => "FactSet";

    protected override void WriteProperties(JsonObject json) => json["facts"] = CardJson.Array(Facts, fact => fact.ToJson());
}
