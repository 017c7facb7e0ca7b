namespace PostApprovalBot.Core.Drafts;

public enum DraftState
{
    Submitted,
    InReview,
    ChangesRequested,
    Revised,
    Approved,
    Rejected,
    Withdrawn,
    Expired,
}
