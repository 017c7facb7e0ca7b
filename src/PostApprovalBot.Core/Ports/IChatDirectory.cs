using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Ports;

/// <summary>Who is who in each chat: maps channel user ids to people and keeps how to reach them.</summary>
public interface IChatDirectory
{
    Task SaveAsync(ChatContact contact, CancellationToken cancellationToken);

    Task<ChatContact?> FindByChannelUserAsync(ChatChannel channel, string channelUserId, CancellationToken cancellationToken);

    Task<ChatContact?> FindByPersonAsync(ChatChannel channel, PersonId person, CancellationToken cancellationToken);
}
