namespace PostApprovalBot.Teams.Activities;

/// <summary>Whether a person clicked the button or Teams asked for a per-user refresh.</summary>
public enum ActionTrigger
{
    Manual,
    Automatic,
}
