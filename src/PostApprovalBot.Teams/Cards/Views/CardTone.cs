namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>The state a card or row conveys by colour: neutral, your turn (information), good, warning, or attention (refused/failed).</summary>
public enum CardTone
{
    Neutral,
    Information,
    Good,
    Warning,
    Attention,
}
