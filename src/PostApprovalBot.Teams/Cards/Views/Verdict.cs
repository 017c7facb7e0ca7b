namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>An approver's decision on a stage.</summary>
public enum Verdict
{
    Approved,
    Rejected,
    ChangesRequested,
}
