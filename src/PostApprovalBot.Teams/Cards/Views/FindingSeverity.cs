namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>How serious a policy finding is: a note, a warning to weigh, or a blocker that stops approval.</summary>
public enum FindingSeverity
{
    Note,
    Warning,
    Blocking,
}
