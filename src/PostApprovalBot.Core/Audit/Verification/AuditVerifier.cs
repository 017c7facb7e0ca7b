using PostApprovalBot.Core.Audit.Chain;

namespace PostApprovalBot.Core.Audit.Verification;

/// <summary>
/// Checks the audit trail for a draft or for a period: each subject's chain, each day's ledger, and the
/// two against each other. Reading is the archive's job; judging is done by the pure checks.
/// </summary>
public sealed class AuditVerifier(IAuditArchive archive)
{
    /// <summary>Checks one draft's chain and its entries in the ledgers of the days it has events on. Null when no such draft exists.</summary>
    public async Task<AuditVerification?> VerifyDraftAsync(string draftId, CancellationToken cancellationToken)
    {
        var chain = await archive.ReadChainAsync(AuditStreams.Drafts, draftId, cancellationToken);
        return chain.IsEmpty ? null : await JudgeChainsAsync([chain], cancellationToken);
    }

    /// <summary>
    /// Checks some chains (stream, subject), each from its first event, and their entries in the ledgers of the days they
    /// have events on; each of those days is read once, whatever the number of chains on it. Empty chains are skipped.
    /// </summary>
    public async Task<AuditVerification> VerifyChainsAsync(IEnumerable<(string Stream, string Subject)> subjects, CancellationToken cancellationToken)
    {
        var chains = new List<StoredAuditChain>();
        foreach (var (stream, subject) in subjects) chains.Add(await archive.ReadChainAsync(stream, subject, cancellationToken));
        return await JudgeChainsAsync(chains.Where(c => !c.IsEmpty).ToList(), cancellationToken);
    }

    private async Task<AuditVerification> JudgeChainsAsync(IReadOnlyList<StoredAuditChain> chains, CancellationToken cancellationToken)
    {
        var dayList = chains.SelectMany(c => c.Rows).Where(r => r.Event is not null).Select(r => LedgerItem.DayOf(r.Event!.At)).Distinct().Order().ToList();
        var days = new List<StoredLedgerDay>();
        foreach (var day in dayList) days.Add(await archive.ReadLedgerDayAsync(day, cancellationToken));
        // Only these chains' side of the cross-check: other subjects on those days are not read.
        var named = chains.Select(c => (c.Stream, c.Subject)).ToHashSet();
        var mine = days.Select(d => d with { Entries = d.Entries.Where(e => named.Contains((e.Entry.Stream, e.Entry.Subject))).ToList() });
        return Judge(chains, days, mine);
    }

    /// <summary>Checks every ledger day from..to (UTC, inclusive), every chain with an event on those days, and both against each other.
    /// Also scans the tables for events of the period that no ledger lists (a cost that follows the tables' size).</summary>
    public Task<AuditVerification> VerifyRangeAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        VerifyDaysAsync(from, to, scanTables: true, cancellationToken);

    /// <summary>
    /// <see cref="VerifyRangeAsync"/> without the table scan: the days' ledgers, the chains they name and the two against
    /// each other, so its cost follows the period. Misses only an event of a subject that no ledger of the period names.
    /// </summary>
    public Task<AuditVerification> VerifyLedgerDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        VerifyDaysAsync(from, to, scanTables: false, cancellationToken);

    private async Task<AuditVerification> VerifyDaysAsync(DateOnly from, DateOnly to, bool scanTables, CancellationToken cancellationToken)
    {
        if (to < from) throw new ArgumentException("The range ends before it starts.", nameof(to));
        var days = new List<StoredLedgerDay>();
        for (var day = from; day <= to; day = day.AddDays(1)) days.Add(await archive.ReadLedgerDayAsync(day, cancellationToken));
        var found = scanTables ? await archive.FindEventsAsync(from, to, cancellationToken) : [];
        var subjects = days.SelectMany(d => d.Entries).Select(e => (e.Entry.Stream, e.Entry.Subject))
            .Concat(found.Select(r => (r.Stream, r.Subject)))
            .Distinct().OrderBy(s => s.Stream, StringComparer.Ordinal).ThenBy(s => s.Subject, StringComparer.Ordinal);
        var chains = new List<StoredAuditChain>();
        foreach (var (stream, subject) in subjects) chains.Add(await archive.ReadChainAsync(stream, subject, cancellationToken));
        return Judge(chains, days, days);
    }

    private static AuditVerification Judge(IReadOnlyList<StoredAuditChain> chains, IReadOnlyList<StoredLedgerDay> days, IEnumerable<StoredLedgerDay> crossDays)
    {
        var breaks = new List<AuditBreak>();
        foreach (var chain in chains)
            if (AuditChainCheck.Check(chain) is { } broken) breaks.Add(broken);
        foreach (var day in days)
            if (LedgerChainCheck.Check(day) is { } broken) breaks.Add(broken);
        breaks.AddRange(LedgerCrossCheck.Check(crossDays, chains));
        var summaries = days.Where(d => d.Head is not null).Select(d => new LedgerDaySummary(d.Day, d.Head!.Count, d.Head.Hash)).ToList();
        return new AuditVerification(breaks, chains.Sum(c => c.Rows.Count), days.Sum(d => d.Entries.Count), summaries);
    }
}
