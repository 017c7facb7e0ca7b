namespace PostApprovalBot.Slack.Views.Replies;

/// <summary>One draft in a chat list ("my drafts", "pending"): what it is, where it stands, a preview of its text.</summary>
public sealed record DraftListLine(
    string DraftId,
    string AccountName,
    string Platform,
    string StandingText,
    string ScheduledTimeText,
    string DraftText);
