namespace PostApprovalBot.Core.Chat;

public enum PostedCardRole
{
    /// <summary>An approver's card with the decision buttons.</summary>
    Approval,
    /// <summary>The submitter's card that follows the draft's progress.</summary>
    Status,
}
