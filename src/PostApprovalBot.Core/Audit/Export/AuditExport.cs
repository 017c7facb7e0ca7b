namespace PostApprovalBot.Core.Audit.Export;

/// <summary>
/// An export for an auditor: the drafts with an audit event in the period (each with its complete
/// history) and the other audited events of the period (refused actions, admin changes).
/// </summary>
public sealed record AuditExport(
    DateOnly From,
    DateOnly To,
    string? AccountId,
    string? Person,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<ExportedDraft> Drafts,
    IReadOnlyList<ExportedEvent> OtherEvents);
