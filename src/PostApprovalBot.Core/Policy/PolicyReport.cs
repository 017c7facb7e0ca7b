namespace PostApprovalBot.Core.Policy;

/// <summary>The findings of a policy check and the approver groups its terms pull into the route.</summary>
public sealed record PolicyReport(IReadOnlyList<PolicyFinding> Findings, IReadOnlyList<string> ExtraApproverGroupIds)
{
    public bool Blocks => Findings.Any(f => f.Blocks);
}
