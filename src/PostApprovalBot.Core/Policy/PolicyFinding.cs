namespace PostApprovalBot.Core.Policy;

/// <summary>One thing the policy check noticed, with where it is in the text (0-based, UTF-16 offsets).</summary>
public sealed record PolicyFinding(string Code, FindingSeverity Severity, string Message, int Start = 0, int Length = 0)
{
    public bool Blocks => Severity == FindingSeverity.Block;
}
