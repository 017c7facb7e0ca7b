namespace PostApprovalBot.Teams.Cards;

/// <summary>Container background: state at a glance (good = green, attention = red, warning = amber).</summary>
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
