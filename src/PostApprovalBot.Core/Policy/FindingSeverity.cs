namespace PostApprovalBot.Core.Policy;

public enum FindingSeverity
{
    /// <summary>Reviewers must see it, but the draft may go on.</summary>
    Flag,
    /// <summary>The draft cannot be submitted until it is fixed.</summary>
    Block,
}
