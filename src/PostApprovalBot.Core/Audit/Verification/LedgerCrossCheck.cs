using System.Globalization;
using PostApprovalBot.Core.Audit.Chain;

namespace PostApprovalBot.Core.Audit.Verification;

/// <summary>
/// Compares the ledger with the chains: every ledger entry must name a stored event with the same hash,
/// and every stored event of a checked day must be in that day's ledger exactly once. This is what
/// catches a draft partition rewritten consistently (valid chain, wrong history).
/// </summary>
public static class LedgerCrossCheck
{
    public static IReadOnlyList<AuditBreak> Check(IEnumerable<StoredLedgerDay> days, IEnumerable<StoredAuditChain> chains)
    {
        var breaks = new List<AuditBreak>();
        var checkedDays = new HashSet<DateOnly>();
        var rows = new Dictionary<(string, string, long), StoredAuditRow>();
        foreach (var row in chains.SelectMany(c => c.Rows)) rows.TryAdd((row.Stream, row.Subject, row.Sequence), row);
        var ledgered = new Dictionary<(string, string, long), StoredLedgerEntry>();

        foreach (var day in days)
        {
            checkedDays.Add(day.Day);
            foreach (var stored in day.Entries)
            {
                var entry = stored.Entry;
                var key = (entry.Stream, entry.Subject, entry.EventSequence);
                if (!ledgered.TryAdd(key, stored))
                    breaks.Add(Break(stored, AuditBreakKind.DuplicateLedgerEntry, "EventSequence", ledgered[key].RowKey, stored.RowKey,
                        $"{Name(entry)} is listed twice in the ledger."));
                else if (!rows.TryGetValue(key, out var row))
                    breaks.Add(Break(stored, AuditBreakKind.LedgerEntryWithoutEvent, "event", entry.EventHash, null,
                        $"The ledger lists {Name(entry)}, which no longer exists (deleted)."));
                else if (row.Hash != entry.EventHash)
                    breaks.Add(new AuditBreak(AuditBreakKind.LedgerHashMismatch, row.Stream, row.Subject, row.RowKey, row.Sequence, "Hash", entry.EventHash, row.Hash,
                        $"Event {row.Sequence} ({row.Event?.Action}) differs from the event the ledger of {AuditCanonicalForm.Day(entry.Day)} recorded (ledger entry {entry.Sequence}): it was rewritten."));
            }
        }
        foreach (var row in rows.Values.Where(r => r.Event is not null && checkedDays.Contains(LedgerItem.DayOf(r.Event.At))))
        {
            if (!ledgered.ContainsKey((row.Stream, row.Subject, row.Sequence)))
                breaks.Add(new AuditBreak(AuditBreakKind.NotInLedger, row.Stream, row.Subject, row.RowKey, row.Sequence, "ledger", row.Hash, null,
                    $"Event {row.Sequence} ({row.Event!.Action} by {row.Event.Actor.Id}) is not in the ledger of {AuditCanonicalForm.Day(LedgerItem.DayOf(row.Event.At))}: it was inserted, or its ledger entry is still pending (run 'repair')."));
        }
        return breaks;
    }

    private static AuditBreak Break(StoredLedgerEntry stored, AuditBreakKind kind, string field, string? expected, string? found, string message) =>
        new(kind, LedgerChainCheck.Table, AuditCanonicalForm.Day(stored.Entry.Day), stored.RowKey, stored.Entry.Sequence, field, expected, found, message);

    private static string Name(LedgerEntry entry) =>
        $"{entry.Stream}/{entry.Subject} event {entry.EventSequence.ToString(CultureInfo.InvariantCulture)}";
}
