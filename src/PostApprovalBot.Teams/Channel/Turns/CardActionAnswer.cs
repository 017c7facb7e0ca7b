using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Invoke;

namespace PostApprovalBot.Teams.Channel.Turns;

/// <summary>What a card click leads to: a card that replaces the clicked one for this user, or a short text under it.</summary>
public sealed record CardActionAnswer(AdaptiveCard? Card, string? Text)
{
    public static CardActionAnswer Replace(AdaptiveCard card) => new(card, null);

    public static CardActionAnswer Say(string text) => new(null, text);

    public AdaptiveCardActionResponse ToInvokeResponse() =>
        Card is not null ? AdaptiveCardActionResponse.Card(Card) : AdaptiveCardActionResponse.Message(Text ?? "Done.");
}
