namespace PostApprovalBot.Core.Outcomes;

/// <summary>Why the workflow said no, in words a person can act on.</summary>
public sealed record Refusal(RefusalCode Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}
