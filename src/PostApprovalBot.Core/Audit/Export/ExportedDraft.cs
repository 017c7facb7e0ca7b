namespace PostApprovalBot.Core.Audit.Export;

/// <summary>A draft with its whole history: every revision, every decision and every audit event.</summary>
public sealed record ExportedDraft(
    string Id,
    string AccountId,
    string SubmitterId,
    string SubmitterName,
    string State,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ExportedRevision> Revisions,
    IReadOnlyList<ExportedDecision> Decisions,
    IReadOnlyList<ExportedEvent> Events);
