using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Chain;
using PostApprovalBot.Core.Audit.Verification;

namespace PostApprovalBot.Core.Tests.Fakes;

/// <summary>
/// Audit chains and ledger days in memory, chained and hashed as storage chains them, with a count of what each read
/// touches, so a test can say what a request costs. The table scan throws unless allowed: pages must not need it.
/// </summary>
public sealed class InMemoryAuditArchive : IAuditArchive
{
    private readonly Dictionary<(string Stream, string Subject), List<StoredAuditRow>> _chains = [];
    private readonly Dictionary<DateOnly, List<LedgerEntry>> _ledger = [];

    public List<DateOnly> DaysRead { get; } = [];
    public List<string> RangesRead { get; } = [];
    public bool ScanAllowed { get; init; }

    /// <summary>Appends an event to its subject's chain and, unless told not to, to its day's ledger.</summary>
    public StoredAuditRow Append(string stream, AuditEvent e, bool ledgered = true)
    {
        var rows = _chains.TryGetValue((stream, e.Subject), out var found) ? found : _chains[(stream, e.Subject)] = [];
        var head = rows.Count == 0 ? AuditChainHead.Empty : new AuditChainHead(rows[^1].Sequence, rows[^1].Hash);
        var chained = AuditChain.Append(head, [e]).Single();
        var row = new StoredAuditRow(stream, e.Subject, $"aud-{chained.Sequence:D8}", chained.Sequence, e, chained.PreviousHash, chained.Hash);
        rows.Add(row);
        if (ledgered)
        {
            var day = LedgerItem.DayOf(e.At);
            var entries = _ledger.TryGetValue(day, out var list) ? list : _ledger[day] = [];
            var dayHead = entries.Count == 0 ? AuditChainHead.Empty : new AuditChainHead(entries[^1].Sequence, entries[^1].Hash);
            entries.AddRange(LedgerChain.Append(day, dayHead, [new LedgerItem(stream, e.Subject, row.Sequence, row.Hash, day)]));
        }
        return row;
    }

    /// <summary>What someone with the storage key does: edits a stored event, its hashes left as they were.</summary>
    public void Edit(string stream, string subject, long sequence, Func<AuditEvent, AuditEvent> change)
    {
        var rows = _chains[(stream, subject)];
        var i = rows.FindIndex(r => r.Sequence == sequence);
        rows[i] = rows[i] with { Event = change(rows[i].Event!) };
    }

    public Task<StoredAuditChain> ReadChainAsync(string stream, string subject, CancellationToken cancellationToken)
    {
        var rows = _chains.TryGetValue((stream, subject), out var found) ? found.ToList() : [];
        var head = rows.Count == 0 ? null : new AuditChainHead(rows[^1].Sequence, rows[^1].Hash);
        return Task.FromResult(new StoredAuditChain(stream, subject, rows, head));
    }

    public Task<StoredLedgerDay> ReadLedgerDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        lock (DaysRead) DaysRead.Add(day);
        var entries = _ledger.TryGetValue(day, out var list) ? list : [];
        var head = entries.Count == 0 ? null : new AuditChainHead(entries[^1].Sequence, entries[^1].Hash);
        return Task.FromResult(new StoredLedgerDay(day, entries.Select(e => new StoredLedgerEntry($"{e.Sequence:D10}", e)).ToList(), head));
    }

    public Task<IReadOnlyList<StoredAuditRow>> ReadEventsAsync(string stream, string subject, long first, long last, CancellationToken cancellationToken)
    {
        lock (RangesRead) RangesRead.Add($"{stream}/{subject}/{first}-{last}");
        var rows = _chains.TryGetValue((stream, subject), out var found) ? found : [];
        return Task.FromResult<IReadOnlyList<StoredAuditRow>>(rows.Where(r => r.Sequence >= first && r.Sequence <= last).ToList());
    }

    public Task<IReadOnlyList<StoredAuditRow>> FindEventsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (!ScanAllowed) throw new InvalidOperationException("The whole tables were scanned.");
        return Task.FromResult<IReadOnlyList<StoredAuditRow>>(_chains.Values.SelectMany(r => r)
            .Where(r => r.Event is { } e && LedgerItem.DayOf(e.At) >= from && LedgerItem.DayOf(e.At) <= to).ToList());
    }
}
