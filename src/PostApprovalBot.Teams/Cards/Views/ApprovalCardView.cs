namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>
/// What one viewer sees of a draft at one approval stage. Set <see cref="Outcome"/> once the stage is decided;
/// otherwise <see cref="ViewerMayAct"/> decides whether the comment box and buttons appear.
/// </summary>
public sealed record ApprovalCardView(
    string DraftId,
    int Revision,
    string StageId,
    string StageName,
    string AccountDisplayName,
    string Platform,
    string SubmitterName,
    string ScheduledTimeText,
    string DraftText)
{
    public IReadOnlyList<PolicyFindingView> Findings { get; init; } = [];

    public IReadOnlyList<DecisionView> EarlierDecisions { get; init; } = [];

    /// <summary>What changed since the previous revision, as plain text; shown on request.</summary>
    public string? DiffText { get; init; }

    public bool ViewerMayAct { get; init; }

    public DecisionView? Outcome { get; init; }

    /// <summary>Teams user ids (at most 60) whose clients ask for their own version of the card when they view it.</summary>
    public IReadOnlyList<string> RefreshUserIds { get; init; } = [];
}
