namespace PostApprovalBot.Slack.Views.Approval;

/// <summary>One result of the posting-policy check, as the approver should read it.</summary>
public sealed record PolicyFindingLine(FindingSeverity Severity, string Message);
