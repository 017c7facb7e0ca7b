using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>A group of elements; its <see cref="Style"/> colours the background to show state at a glance.</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }

    /// <summary>Lets the background reach the card's edges, as a banner.</summary>
    public bool Bleed { get; init; }

    protected override string ElementType => "Container";

    protected override void WriteProperties(JsonObject json)
    {
        json["items"] = CardJson.Array(Items, item => item.ToJson());
        CardJson.Set(json, "style", Style);
        CardJson.SetTrue(json, "bleed", Bleed);
    }
}
