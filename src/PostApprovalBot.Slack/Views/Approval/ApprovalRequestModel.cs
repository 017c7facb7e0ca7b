namespace PostApprovalBot.Slack.Views.Approval;

/// <summary>
/// What an approver sees for one stage of one draft revision. While <see cref="Outcome"/> is null the message
/// carries Approve / Reject / Request changes buttons; once decided it shows the outcome line instead.
/// </summary>
public sealed record ApprovalRequestModel(
    string DraftId,
    int Revision,
    string StageId,
    string StageName,
    string AccountName,
    string Platform,
    string SubmitterName,
    string ScheduledTimeText,
    string DraftText,
    IReadOnlyList<string> Links,
    IReadOnlyList<PolicyFindingLine> Findings,
    IReadOnlyList<DecisionLine> EarlierDecisions,
    DecisionLine? Outcome = null);
