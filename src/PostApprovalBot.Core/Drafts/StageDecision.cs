using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Drafts;

/// <summary>
/// One approver's verdict on one stage for one revision. A delegate decides on behalf of an absent
/// member (<see cref="OnBehalfOf"/>); a request for changes may carry the approver's own edited text.
/// </summary>
public sealed record StageDecision(
    int Revision,
    int StepIndex,
    string StageName,
    Person Approver,
    Verdict Verdict,
    string? Comment,
    DateTimeOffset At,
    Person? OnBehalfOf = null,
    string? SuggestedText = null)
{
    /// <summary>The member whose vote this is: quorums count members, not delegates.</summary>
    public Person Principal => OnBehalfOf ?? Approver;
}
