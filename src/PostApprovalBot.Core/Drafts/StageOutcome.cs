namespace PostApprovalBot.Core.Drafts;

public enum StageOutcome
{
    NotStarted,
    Waiting,
    Approved,
    Rejected,
    ChangesRequested,
}
