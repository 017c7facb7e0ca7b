namespace PostApprovalBot.Teams.Cards;

/// <summary>Text colour; Good/Warning/Attention carry meaning (green, amber, red).</summary>
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
