namespace PostApprovalBot.Slack.Views.Approval;

/// <summary>
/// A reminder to an approver whose stage passed its SLA, or (<see cref="IsEscalation"/>) a note to the group's
/// escalation contact that nobody has decided.
/// </summary>
public sealed record ReminderModel(
    bool IsEscalation,
    string DraftId,
    string AccountName,
    string SubmitterName,
    string StageName,
    string WaitingText,
    string DraftText);
