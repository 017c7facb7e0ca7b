namespace PostApprovalBot.Slack.Views.Home;

/// <summary>One of the user's own drafts in the App Home; <see cref="CurrentStageName"/> while in review.</summary>
public sealed record MyDraftLine(
    string DraftId,
    int Revision,
    string AccountName,
    string Platform,
    string DraftText,
    DraftProgress Progress,
    string? CurrentStageName,
    string ScheduledTimeText);
