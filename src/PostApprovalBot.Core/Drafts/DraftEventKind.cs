namespace PostApprovalBot.Core.Drafts;

public enum DraftEventKind
{
    Submitted,
    StepStarted,
    DecisionRecorded,
    StageCompleted,
    Approved,
    Rejected,
    ChangesRequested,
    Revised,
    Withdrawn,
    Expired,
}
