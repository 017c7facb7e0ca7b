namespace PostApprovalBot.Core.Audit.Chain;

/// <summary>Appends items to one day's ledger chain.</summary>
public static class LedgerChain
{
    public static IReadOnlyList<LedgerEntry> Append(DateOnly day, AuditChainHead head, IEnumerable<LedgerItem> items)
    {
        var entries = new List<LedgerEntry>();
        var previous = head.Hash;
        var sequence = head.Count;
        foreach (var item in items)
        {
            if (item.Day != day) throw new ArgumentException($"Item of {item.Day} cannot go into the ledger of {day}.", nameof(items));
            var entry = new LedgerEntry(day, ++sequence, item.Stream, item.Subject, item.EventSequence, item.EventHash, previous, "");
            entry = entry with { Hash = entry.ComputeHash() };
            entries.Add(entry);
            previous = entry.Hash;
        }
        return entries;
    }
}
