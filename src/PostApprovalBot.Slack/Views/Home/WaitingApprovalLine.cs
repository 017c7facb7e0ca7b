namespace PostApprovalBot.Slack.Views.Home;

/// <summary>A draft stage waiting for this user's decision, listed in the App Home.</summary>
public sealed record WaitingApprovalLine(
    string DraftId,
    int Revision,
    string StageId,
    string StageName,
    string AccountName,
    string Platform,
    string SubmitterName,
    string DraftText,
    string ScheduledTimeText);
