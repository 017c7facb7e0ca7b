namespace PostApprovalBot.Core.Audit.Verification;

/// <summary>
/// One broken link, located precisely: the table and partition, the row, the sequence number, which
/// field or hash differs, what was expected and what was found.
/// </summary>
public sealed record AuditBreak(
    AuditBreakKind Kind,
    string Table,
    string Partition,
    string? RowKey,
    long? Sequence,
    string Field,
    string? Expected,
    string? Found,
    string Message)
{
    public override string ToString() =>
        $"{Kind} in {Table}/{Partition}" + (RowKey is null ? "" : $"/{RowKey}") + (Sequence is null ? "" : $" (sequence {Sequence})") +
        $": {Message}" + (Expected is null && Found is null ? "" : $" [{Field}: expected {Expected ?? "nothing"}, found {Found ?? "nothing"}]");
}
