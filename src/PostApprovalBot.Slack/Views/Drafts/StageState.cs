namespace PostApprovalBot.Slack.Views.Drafts;

/// <summary>Where one approval stage stands.</summary>
public enum StageState
{
    NotReached,
    InReview,
    Approved,
    Rejected,
    ChangesRequested,
    Skipped,
}
