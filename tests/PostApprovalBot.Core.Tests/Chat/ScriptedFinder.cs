using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.Tests.Chat;

/// <summary>A channel's contact finder that finds the people it is given (saving them as a real one does), and answers the rest as scripted.</summary>
internal sealed class ScriptedFinder(ChatChannel channel, IChatDirectory directory, ContactSearchOutcome otherwise = ContactSearchOutcome.NotFound) : IContactFinder
{
    private readonly HashSet<PersonId> _present = [];

    public ChatChannel Channel => channel;

    public List<PersonId> Searches { get; } = [];

    public bool Fails { get; set; }

    public ScriptedFinder Knows(params Person[] people)
    {
        foreach (var person in people) _present.Add(person.Id);
        return this;
    }

    public async Task<ContactSearch> FindAsync(Person person, CancellationToken cancellationToken)
    {
        Searches.Add(person.Id);
        if (Fails) throw new HttpRequestException("the chat API is down");
        if (!_present.Contains(person.Id))
            return otherwise == ContactSearchOutcome.PermissionMissing ? ContactSearch.PermissionMissing("no consent") : ContactSearch.NotFound("not here");
        var contact = new ChatContact(channel, person, "found:" + person.Id, "found-address-of-" + person.Id);
        await directory.SaveAsync(contact, cancellationToken);
        return ContactSearch.Found(contact);
    }
}
