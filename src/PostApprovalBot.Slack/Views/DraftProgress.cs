namespace PostApprovalBot.Slack.Views;

/// <summary>Where a draft stands as a whole.</summary>
public enum DraftProgress
{
    InReview,
    ChangesRequested,
    Approved,
    Rejected,
    Withdrawn,
    Expired,
}
