namespace PostApprovalBot.Slack.Views.Drafts;

/// <summary>The status message a submitter gets for their draft, updated as stages decide.</summary>
public sealed record SubmitterStatusModel(
    string DraftId,
    int Revision,
    string AccountName,
    string Platform,
    string ScheduledTimeText,
    string DraftText,
    DraftProgress Progress,
    IReadOnlyList<StageStatusLine> Stages);
