using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Ports;

/// <summary>
/// One channel's way to reach a person the bot has never met there: finds them by work e-mail, opens a chat with them and
/// saves the contact in the chat directory, as if they had written first. Outages throw (the outbox tries again); a person
/// who is not there, or a permission the bot lacks, is a <see cref="ContactSearch"/> outcome.
/// </summary>
public interface IContactFinder
{
    ChatChannel Channel { get; }

    /// <summary>Must be idempotent: a retried delivery may ask again for the same person.</summary>
    Task<ContactSearch> FindAsync(Person person, CancellationToken cancellationToken);
}
