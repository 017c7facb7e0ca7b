using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>An element of a card body. Each element writes its own JSON; nothing is built by string concatenation.</summary>
public abstract record CardElement
{
    public Spacing? Spacing { get; init; }

    /// <summary>Draws a line above the element.</summary>
    public bool Separator { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = ElementType };
        CardJson.Set(json, "spacing", Spacing);
        CardJson.SetTrue(json, "separator", Separator);
        WriteProperties(json);
        return json;
    }

    /// <summary>The schema's type name, e.g. <c>TextBlock</c>.</summary>
    protected abstract string ElementType { get; }

    protected abstract void WriteProperties(JsonObject json);
}
