using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.UseCases;

/// <summary>
/// Where one notification reaches an approver. A person who already talks to the bot on some channel is reached there
/// only; a person it has never met on any channel is looked for by e-mail on every channel with a finder, and gets cards
/// wherever found (saved as contacts, so later notifications find them in the directory). Once per person per notification.
/// </summary>
internal sealed class ApproverReach(IReadOnlyList<IChatMessenger> messengers, ContactMemo contacts, IReadOnlyList<IContactFinder> finders, List<Exception> failures)
{
    private readonly Dictionary<PersonId, Task<ReachedApprover>> _reached = [];

    public Task<ReachedApprover> ReachAsync(Person person, CancellationToken cancellationToken)
    {
        lock (_reached)
        {
            if (!_reached.TryGetValue(person.Id, out var reach))
                _reached[person.Id] = reach = LookAsync(person, cancellationToken);
            return reach;
        }
    }

    private async Task<ReachedApprover> LookAsync(Person person, CancellationToken ct)
    {
        var known = new List<ReachedContact>();
        var neverMet = new List<IChatMessenger>();
        foreach (var messenger in messengers)
        {
            var contact = await contacts.FindByPersonAsync(messenger.Channel, person.Id, ct);
            if (contact?.Address is not null) known.Add(new ReachedContact(messenger, contact, FirstContact: false));
            // A contact without an address left the bot (removed the app): they are not brought back uninvited.
            else if (contact is null) neverMet.Add(messenger);
        }
        if (known.Count > 0) return new ReachedApprover(known, [], Pending: false);

        var found = new List<ReachedContact>();
        var missing = new List<ChatChannel>();
        var pending = false;
        foreach (var messenger in neverMet)
        {
            if (finders.FirstOrDefault(f => f.Channel == messenger.Channel) is not { } finder) continue;
            try
            {
                var search = await finder.FindAsync(person, ct);
                if (search is { Outcome: ContactSearchOutcome.Found, Contact.Address: not null })
                {
                    contacts.Remember(search.Contact);
                    found.Add(new ReachedContact(messenger, search.Contact, FirstContact: true));
                }
                else if (search.Outcome == ContactSearchOutcome.PermissionMissing)
                {
                    missing.Add(messenger.Channel);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // An outage: the outbox retries the notification, and the person is not called unreachable meanwhile.
                lock (failures) failures.Add(e);
                pending = true;
            }
        }
        return new ReachedApprover(found, missing, pending);
    }
}

/// <summary>The channels where an approver can be sent a card now; <see cref="Pending"/> when a search failed and will be retried.</summary>
internal sealed record ReachedApprover(IReadOnlyList<ReachedContact> Contacts, IReadOnlyList<ChatChannel> MissingPermissions, bool Pending)
{
    public bool Reachable => Contacts.Count > 0 || Pending;
}

/// <summary>One channel's contact of an approver; <see cref="FirstContact"/> when the bot found them just now (their card says why it comes).</summary>
internal sealed record ReachedContact(IChatMessenger Messenger, ChatContact Contact, bool FirstContact);
