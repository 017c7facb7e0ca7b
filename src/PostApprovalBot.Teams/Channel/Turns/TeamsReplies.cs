using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Connector;

namespace PostApprovalBot.Teams.Channel.Turns;

/// <summary>Sends the bot's answer to a message into the conversation it came from.</summary>
public sealed class TeamsReplies(BotConnectorClient connector)
{
    public Task<ActivityReference> SendAsync(TeamsTurn turn, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return connector.SendToConversationAsync(turn.Conversation, OutboundMessage.WithCard(card), cancellationToken);
    }

    public Task<ActivityReference> SendAsync(TeamsTurn turn, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return SendAsync(turn.Conversation, text, cancellationToken);
    }

    /// <summary>Plain text to a conversation, for answers that come before the sender is known.</summary>
    public Task<ActivityReference> SendAsync(ConversationReference conversation, string text, CancellationToken cancellationToken) =>
        connector.SendToConversationAsync(conversation, OutboundMessage.Plain(text), cancellationToken);
}
