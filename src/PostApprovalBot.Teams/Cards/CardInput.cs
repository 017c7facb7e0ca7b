using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>
/// An input; its value reaches the bot in <c>action.data[Id]</c>. Every input has a visible label, and a required one
/// has an error message, because Teams and the renderer flag inputs without them.
/// </summary>
public abstract record CardInput(string Id, string Label) : CardElement
{
    public bool IsRequired { get; init; }

    /// <summary>Shown by the client when a required input is empty or a value is out of range.</summary>
    public string? ErrorMessage { get; init; }

    protected sealed override void WriteProperties(JsonObject json)
    {
        json["id"] = Id;
        json["label"] = Label;
        CardJson.SetTrue(json, "isRequired", IsRequired);
        CardJson.Set(json, "errorMessage", ErrorMessage);
        WriteInputProperties(json);
    }

    protected abstract void WriteInputProperties(JsonObject json);
}
