using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Channel.Identity;
using PostApprovalBot.Teams.Connector;

namespace PostApprovalBot.Teams.Channel;

/// <summary>Sends a card to a person's 1:1 chat with the bot, opening that chat first when the bot knows them only from a team.</summary>
public sealed class TeamsPersonalChats(BotConnectorClient connector, IChatDirectory directory)
{
    public async Task<ActivityReference> SendAsync(ChatContact contact, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var address = TeamsAddress.Parse(contact.Address)
            ?? throw new InvalidOperationException($"The Teams address of {contact.Person.Id.Pseudonym} is missing or unreadable.");
        var conversation = address.Conversation();
        if (conversation is null)
        {
            conversation = await connector.CreatePersonalConversationAsync(address.ServiceUrl, address.TenantId, address.UserId, cancellationToken).ConfigureAwait(false);
            var known = address with { ConversationId = conversation.ConversationId };
            await directory.SaveAsync(contact with { Address = known.Serialize() }, cancellationToken).ConfigureAwait(false);
        }

        return await connector.SendToConversationAsync(conversation, OutboundMessage.WithCard(card), cancellationToken).ConfigureAwait(false);
    }
}
