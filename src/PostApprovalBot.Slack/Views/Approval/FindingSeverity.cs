namespace PostApprovalBot.Slack.Views.Approval;

public enum FindingSeverity
{
    Info,
    Warning,
    Blocking,
}
