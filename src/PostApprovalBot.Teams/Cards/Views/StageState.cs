namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>Where one approval stage stands, as the submitter sees it.</summary>
public enum StageState
{
    /// <summary>A later stage that starts when the earlier ones approve.</summary>
    NotStarted,
    Waiting,
    Approved,
    Rejected,
    ChangesRequested,
}
