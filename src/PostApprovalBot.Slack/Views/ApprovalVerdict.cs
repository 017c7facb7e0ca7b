namespace PostApprovalBot.Slack.Views;

public enum ApprovalVerdict
{
    Approve,
    Reject,
    RequestChanges,
}
