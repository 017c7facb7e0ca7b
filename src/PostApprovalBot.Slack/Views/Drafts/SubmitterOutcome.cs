namespace PostApprovalBot.Slack.Views.Drafts;

/// <summary>Why the submitter gets a message of its own about their draft.</summary>
public enum SubmitterOutcome
{
    Approved,
    Rejected,
    ChangesRequested,
    Withdrawn,
    Expired,
    /// <summary>Nothing was decided, but some approvers cannot be reached on any channel.</summary>
    ApproversUnreachable,
}
