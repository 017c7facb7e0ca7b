using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Audit.Export;

/// <summary>
/// What to export: the days From..To (UTC, inclusive), optionally narrowed to one company account or
/// to one person (as submitter, author, approver or actor).
/// </summary>
public sealed record AuditExportRequest(DateOnly From, DateOnly To, string? AccountId = null, PersonId? Person = null)
{
    public string? Validate() => To < From ? "The export period ends before it starts." : null;
}
