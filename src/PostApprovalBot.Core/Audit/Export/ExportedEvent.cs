namespace PostApprovalBot.Core.Audit.Export;

/// <summary>One audit event, field for field as stored, with its place in its chain.</summary>
public sealed record ExportedEvent(
    string Stream,
    string Subject,
    long Sequence,
    string Action,
    string ActorId,
    string ActorName,
    DateTimeOffset At,
    int? Revision,
    string? Before,
    string? After,
    string? Details,
    string PreviousHash,
    string Hash);
