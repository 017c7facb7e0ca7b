namespace PostApprovalBot.Teams.Cards;

/// <summary>Button emphasis: positive for the expected action, destructive for refusals.</summary>
public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}
