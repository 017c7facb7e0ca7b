namespace PostApprovalBot.Core.Ports;

public enum CommitOutcome
{
    Committed,
    /// <summary>Someone else changed the draft (or took its id) first; nothing of this change was written.</summary>
    Conflict,
}
