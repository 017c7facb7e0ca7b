using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Routing;

/// <summary>People who review for one function (legal, compliance, communications, …).</summary>
public sealed record ApproverGroup(string Id, string Name, IReadOnlyList<Person> Members, Person? EscalationContact = null)
{
    public bool Contains(PersonId person) => Members.Any(m => m.Id == person);
}
