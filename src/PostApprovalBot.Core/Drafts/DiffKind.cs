namespace PostApprovalBot.Core.Drafts;

public enum DiffKind
{
    Same,
    Added,
    Removed,
}
