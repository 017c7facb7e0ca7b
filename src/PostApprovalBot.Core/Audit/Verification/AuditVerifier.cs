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
        if (chain.IsEmpty) return null;
        var dayList = chain.Rows.Where(r => r.Event is not null).Select(r => LedgerItem.DayOf(r.Event!.At)).Distinct().Order().ToList();
        var days = new List<StoredLedgerDay>();
        foreach (var day in dayList) days.Add(await archive.ReadLedgerDayAsync(day, cancellationToken));
        // Only this draft's side of the cross-check: other subjects on those days are not read.
        var mine = days.Select(d => d with { Entries = d.Entries.Where(e => e.Entry.Stream == chain.Stream && e.Entry.Subject == chain.Subject).ToList() });
        return Judge([chain], days, mine);
    }

    /// <summary>Checks every ledger day from..to (UTC, inclusive), every chain with an event on those days, and both against each other.</summary>
    public async Task<AuditVerification> VerifyRangeAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (to < from) throw new ArgumentException("The range ends before it starts.", nameof(to));
        var days = new List<StoredLedgerDay>();
        for (var day = from; day <= to; day = day.AddDays(1)) days.Add(await archive.ReadLedgerDayAsync(day, cancellationToken));
        var found = await archive.FindEventsAsync(from, to, cancellationToken);
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
