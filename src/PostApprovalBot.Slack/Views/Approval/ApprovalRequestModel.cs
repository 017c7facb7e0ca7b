namespace PostApprovalBot.Slack.Views.Approval;

/// <summary>
/// What an approver sees for one stage of one draft revision. While <see cref="Outcome"/> and
/// <see cref="ClosingNote"/> are null the message carries Approve / Reject / Request changes buttons; otherwise
/// it shows the stage's outcome line and/or the note (e.g. "the post is approved", "withdrawn") instead.
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
    DecisionLine? Outcome = null,
    string? ClosingNote = null)
{
    /// <summary>What changed in the text since the previous revision, word by word; shown above the draft from revision 2 on.</summary>
    public IReadOnlyList<TextChange> Changes { get; init; } = [];

    /// <summary>On the first message to a person the bot found by e-mail: who asked for the review and why they get it, shown first.</summary>
    public string? Introduction { get; init; }
}
