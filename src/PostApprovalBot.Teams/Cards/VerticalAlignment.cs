namespace PostApprovalBot.Teams.Cards;

/// <summary>Vertical placement of a column's content.</summary>
public enum VerticalAlignment
{
    Top,
    Center,
    Bottom,
}
