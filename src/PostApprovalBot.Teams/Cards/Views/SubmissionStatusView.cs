namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>The submitter's view of their draft going through approval, stage by stage in route order.</summary>
public sealed record SubmissionStatusView(
    string DraftId,
    int Revision,
    string AccountDisplayName,
    string Platform,
    string ScheduledTimeText,
    IReadOnlyList<StageStatusView> Stages)
{
    /// <summary>Set when the draft ended without a verdict (withdrawn, expired): shown as the banner instead of the stages' overall state.</summary>
    public string? ClosedText { get; init; }
}
