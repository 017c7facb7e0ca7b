using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>One title/value line of a <see cref="FactSet"/>.</summary>
public sealed record Fact(string Title, string Value)
{
    public JsonObject ToJson() => new() { ["title"] = Title, ["value"] = Value };
}
