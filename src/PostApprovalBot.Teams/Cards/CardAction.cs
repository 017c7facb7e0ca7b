using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>A button.</summary>
public abstract record CardAction(string Title)
{
    public ActionStyle? Style { get; init; }

    public string? Id { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = ActionType, ["title"] = Title };
        CardJson.Set(json, "id", Id);
        CardJson.Set(json, "style", Style);
        WriteProperties(json);
        return json;
    }

    protected abstract string ActionType { get; }

    protected abstract void WriteProperties(JsonObject json);
}
