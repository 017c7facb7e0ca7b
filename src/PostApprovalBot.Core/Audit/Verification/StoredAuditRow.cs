namespace PostApprovalBot.Core.Audit.Verification;

/// <summary>
/// An audit row exactly as read from storage. <see cref="Event"/> is null when the row cannot be read
/// as an event (a column missing or malformed); <see cref="Unreadable"/> then says why.
/// </summary>
public sealed record StoredAuditRow(
    string Stream,
    string Subject,
    string RowKey,
    long Sequence,
    AuditEvent? Event,
    string PreviousHash,
    string Hash,
    string? Unreadable = null);
