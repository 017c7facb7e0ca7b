using System.Globalization;
using Azure.Data.Tables;
using PostApprovalBot.Core.Audit.Chain;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Audit;

/// <summary>
/// The rows of the <c>ledger</c> table. A day's partition (<c>2026-11-26</c>) holds the entries
/// (<c>0000000001</c> …), the head (<c>head</c>: count and last hash) and one reference row per event
/// (<c>ref|drafts|P-7K3QXM|00000003</c>) that makes recording idempotent. Partition <c>pending</c> holds
/// the intents written before a commit, so a crash before the ledger write is found and repaired.
/// </summary>
public static class LedgerRows
{
    public const string HeadRow = "head";
    public const string PendingPartition = "pending";
    public const string ReferencePrefix = "ref|";

    /// <summary>Entries only: digits sort before "head" and "ref|".</summary>
    public const string EntryFilter = "RowKey lt 'a'";

    public static string Partition(DateOnly day) => AuditCanonicalForm.Day(day);

    public static string EntryKey(long sequence) => sequence.ToString("D10", CultureInfo.InvariantCulture);

    public static string ReferenceKey(string stream, string subject, long eventSequence) =>
        $"{ReferencePrefix}{stream}|{TableKey.Encode(subject)}|{eventSequence:D8}";

    public static TableEntity Entry(LedgerEntry entry) => new(Partition(entry.Day), EntryKey(entry.Sequence))
    {
        ["Sequence"] = entry.Sequence,
        ["Stream"] = entry.Stream,
        ["Subject"] = entry.Subject,
        ["EventSequence"] = entry.EventSequence,
        ["EventHash"] = entry.EventHash,
        ["PreviousHash"] = entry.PreviousHash,
        ["Hash"] = entry.Hash,
    };

    public static TableEntity Reference(LedgerEntry entry) => new(Partition(entry.Day), ReferenceKey(entry.Stream, entry.Subject, entry.EventSequence))
    {
        ["LedgerSequence"] = entry.Sequence,
    };

    public static TableEntity Head(DateOnly day, AuditChainHead head) => new(Partition(day), HeadRow)
    {
        ["Count"] = head.Count,
        ["Hash"] = head.Hash,
    };

    public static AuditChainHead ReadHead(TableEntity row) => new(row.GetInt64("Count") ?? 0, row.GetString("Hash") ?? "");

    public static StoredLedgerEntry ReadEntry(DateOnly day, TableEntity row) => new(row.RowKey, new LedgerEntry(
        day,
        Long(row, "Sequence"),
        row.GetString("Stream") ?? "",
        row.GetString("Subject") ?? "",
        Long(row, "EventSequence"),
        row.GetString("EventHash") ?? "",
        row.GetString("PreviousHash") ?? "",
        row.GetString("Hash") ?? ""));

    private static long Long(TableEntity row, string column)
    {
        try
        {
            return row.GetInt64(column) ?? 0;
        }
        catch (InvalidOperationException)
        {
            return 0; // a wrong type counts as a wrong value: the entry's hash check reports it
        }
    }
}
