namespace PostApprovalBot.Core.Drafts;

public enum Verdict
{
    Approve,
    Reject,
    RequestChanges,
}
