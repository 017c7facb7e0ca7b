namespace PostApprovalBot.Teams.Cards;

/// <summary>Text weight.</summary>
public enum TextWeight
{
    Lighter,
    Default,
    Bolder,
}
