using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.UseCases;

/// <summary>
/// The chat directory as seen by one notification: each person's contact on each channel is looked up once,
/// however many cards (refreshes, new requests, the submitter's notice) concern them.
/// </summary>
internal sealed class ContactMemo(IChatDirectory directory)
{
    private readonly Dictionary<(ChatChannel, PersonId), Task<ChatContact?>> _found = [];

    public Task<ChatContact?> FindByPersonAsync(ChatChannel channel, PersonId person, CancellationToken cancellationToken)
    {
        lock (_found)
        {
            if (!_found.TryGetValue((channel, person), out var lookup))
                _found[(channel, person)] = lookup = directory.FindByPersonAsync(channel, person, cancellationToken);
            return lookup;
        }
    }

    /// <summary>A contact found during this notification (a finder saved it), so later lookups see it without a read.</summary>
    public void Remember(ChatContact contact)
    {
        lock (_found) _found[(contact.Channel, contact.Person.Id)] = Task.FromResult<ChatContact?>(contact);
    }
}
