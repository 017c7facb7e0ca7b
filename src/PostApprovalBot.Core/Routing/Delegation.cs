using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Routing;

/// <summary>An approver away until a date, and who decides in their name meanwhile ("on behalf of").</summary>
public sealed record Delegation(Person From, Person To, DateTimeOffset Until)
{
    public bool IsActiveAt(DateTimeOffset at) => at < Until;
}
