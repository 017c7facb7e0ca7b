namespace PostApprovalBot.Teams.Cards;

/// <summary>Text size, as the host config scales it.</summary>
public enum TextSize
{
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
}
