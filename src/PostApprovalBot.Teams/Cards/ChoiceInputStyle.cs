namespace PostApprovalBot.Teams.Cards;

/// <summary>Drop-down (compact) or radio buttons (expanded).</summary>
public enum ChoiceInputStyle
{
    Compact,
    Expanded,
}
