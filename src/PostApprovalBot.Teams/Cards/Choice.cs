using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>One option of a <see cref="ChoiceSetInput"/>: what people read, and the value the bot receives.</summary>
public sealed record Choice(string Title, string Value)
{
    public JsonObject ToJson() => new() { ["title"] = Title, ["value"] = Value };
}
