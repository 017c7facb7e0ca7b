using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Routing;

/// <summary>People who review for one function (legal, compliance, communications, …), and who stands in for whom.</summary>
public sealed record ApproverGroup(
    string Id,
    string Name,
    IReadOnlyList<Person> Members,
    Person? EscalationContact = null,
    IReadOnlyList<Delegation>? Delegations = null)
{
    public bool Contains(PersonId person) => Members.Any(m => m.Id == person);

    /// <summary>
    /// The member in whose name <paramref name="actor"/> decides: the actor when they are a member,
    /// the absent member when the actor is their active delegate, otherwise null.
    /// </summary>
    public Person? PrincipalFor(PersonId actor, DateTimeOffset at) =>
        Members.FirstOrDefault(m => m.Id == actor)
        ?? (Delegations ?? []).Where(d => d.To.Id == actor && d.IsActiveAt(at) && Contains(d.From.Id)).Select(d => d.From).FirstOrDefault();

    /// <summary>The active delegates of a member.</summary>
    public IEnumerable<Person> DelegatesOf(PersonId member, DateTimeOffset at) =>
        (Delegations ?? []).Where(d => d.From.Id == member && d.IsActiveAt(at)).Select(d => d.To);
}
