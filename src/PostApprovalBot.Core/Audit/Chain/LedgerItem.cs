namespace PostApprovalBot.Core.Audit.Chain;

/// <summary>An audit event as the ledger records it. Its day is the UTC date of the event itself.</summary>
public sealed record LedgerItem(string Stream, string Subject, long EventSequence, string EventHash, DateOnly Day)
{
    public static LedgerItem Of(string stream, ChainedAuditEvent e) =>
        new(stream, e.Event.Subject, e.Sequence, e.Hash, DayOf(e.Event.At));

    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}
