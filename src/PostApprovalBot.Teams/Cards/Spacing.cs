namespace PostApprovalBot.Teams.Cards;

/// <summary>Space above an element.</summary>
public enum Spacing
{
    None,
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
