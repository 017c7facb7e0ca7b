using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>
/// A Universal Action (Action.Execute): a click arrives as an <c>adaptiveCard/action</c> invoke with <see cref="Verb"/> and <see cref="Data"/>.
/// Data names things (a draft, a stage); it must never say who acts, since anyone who can see a card can forge its data.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb) : CardAction(Title)
{
    public IReadOnlyDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();

    public AssociatedInputs? AssociatedInputs { get; init; }

    protected override string ActionType => "Action.Execute";

    protected override void WriteProperties(JsonObject json)
    {
        json["verb"] = Verb;
        var data = new JsonObject();
        foreach (var (key, value) in Data)
        {
            data[key] = value;
        }

        json["data"] = data;
        CardJson.Set(json, "associatedInputs", AssociatedInputs);
    }
}
