using System.Globalization;
using PostApprovalBot.Core.Audit.Chain;

namespace PostApprovalBot.Core.Audit.Verification;

/// <summary>Walks one day's ledger and reports its first broken link.</summary>
public static class LedgerChainCheck
{
    public const string Table = "ledger";

    public static AuditBreak? Check(StoredLedgerDay day)
    {
        var partition = AuditCanonicalForm.Day(day.Day);
        var previous = AuditChainHead.GenesisHash;
        var expected = 1L;
        foreach (var (rowKey, entry) in day.Entries)
        {
            AuditBreak Break(AuditBreakKind kind, string field, string? want, string? found, string message) =>
                new(kind, Table, partition, rowKey, entry.Sequence, field, want, found, message);

            if (entry.Sequence > expected)
                return Break(AuditBreakKind.MissingEvents, "Sequence", N(expected), N(entry.Sequence), $"Ledger entries {expected} to {entry.Sequence - 1} are missing (deleted).");
            if (entry.Sequence < expected)
                return Break(AuditBreakKind.UnexpectedEvent, "Sequence", N(expected), N(entry.Sequence), $"An extra ledger entry with sequence {entry.Sequence} (inserted or copied).");
            if (entry.Day != day.Day)
                return Break(AuditBreakKind.SubjectMismatch, "Day", partition, AuditCanonicalForm.Day(entry.Day), "A ledger entry of another day.");
            if (entry.PreviousHash != previous)
                return Break(AuditBreakKind.PreviousHashMismatch, "PreviousHash", previous, entry.PreviousHash,
                    $"Ledger entry {entry.Sequence} does not link to the entry before it.");
            var computed = entry.ComputeHash();
            if (computed != entry.Hash)
                return Break(AuditBreakKind.HashMismatch, "Hash", computed, entry.Hash,
                    $"Ledger entry {entry.Sequence} (for {entry.Stream}/{entry.Subject} event {entry.EventSequence}) was edited.");
            previous = entry.Hash;
            expected++;
        }
        var last = expected - 1;
        if (day.Head is null)
            return last == 0 ? null : new AuditBreak(AuditBreakKind.HeadMissing, Table, partition, null, last, "head", N(last), null, "The day's head row is missing.");
        if (day.Head.Count != last || day.Head.Hash != previous)
            return new AuditBreak(AuditBreakKind.HeadMismatch, Table, partition, null, last, "head",
                $"{day.Head.Count} entries ending in {day.Head.Hash}", $"{last} entries ending in {previous}",
                day.Head.Count > last ? $"Ledger entries after {last} are missing (deleted)." : "The day's last ledger entries were added or replaced outside the product.");
        return null;
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
