using PostApprovalBot.Core.Audit;

namespace PostApprovalBot.Core.Drafts;

/// <summary>
/// Everything one workflow step changes, committed together: the draft's new state, the decision
/// (if any), the audit events and the events to notify. Storage writes it as one transaction.
/// </summary>
public sealed record DraftChange(
    Draft? Before,
    Draft After,
    StageDecision? Decision,
    IReadOnlyList<AuditEvent> Audit,
    IReadOnlyList<DraftEvent> Events)
{
    public bool AddsRevision => Before is null || Before.Revisions.Count != After.Revisions.Count;
}
