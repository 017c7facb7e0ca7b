using PostApprovalBot.Core.Audit.Verification;

namespace PostApprovalBot.Core.Audit.Explorer;

/// <summary>
/// The audit events of a period as the daily ledgers list them: each day is one ledger partition, and each subject the
/// days name is read as one range of its rows (its first to last listed sequence). The cost follows the events of the
/// days asked for, never the size of the tables. An event missing from every ledger (just committed and not recorded
/// yet, or inserted behind the product's back) is not among them: <see cref="AuditVerifier.VerifyRangeAsync"/> scans for those.
/// </summary>
public static class RecordedEvents
{
    // Enough to overlap the round trips of a month of busy days without flooding the storage account from one page.
    private const int ParallelReads = 8;

    /// <summary>The ledgers of the days from..to, one partition each, read a few at a time.</summary>
    public static async Task<IReadOnlyList<StoredLedgerDay>> ReadDaysAsync(IAuditArchive archive, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (to < from) throw new ArgumentException("The period ends before it starts.", nameof(to));
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToList();
        var read = new StoredLedgerDay[days.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, days.Count), Options(ct), async (i, token) => read[i] = await archive.ReadLedgerDayAsync(days[i], token));
        return read;
    }

    /// <summary>The events the ledgers of from..to list, oldest first (by event time).</summary>
    public static async Task<IReadOnlyList<StoredAuditRow>> ReadAsync(IAuditArchive archive, DateOnly from, DateOnly to, CancellationToken ct) =>
        await ReadListedAsync(archive, await ReadDaysAsync(archive, from, to, ct), ct);

    private static async Task<IReadOnlyList<StoredAuditRow>> ReadListedAsync(IAuditArchive archive, IReadOnlyList<StoredLedgerDay> days, CancellationToken ct)
    {
        var listed = days.SelectMany(d => d.Entries).Select(e => e.Entry)
            .GroupBy(e => (e.Stream, e.Subject))
            .Select(g => (g.Key.Stream, g.Key.Subject, Sequences: g.Select(e => e.EventSequence).ToHashSet()))
            .ToList();
        var rows = new List<StoredAuditRow>[listed.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, listed.Count), Options(ct), async (i, token) =>
        {
            var (stream, subject, sequences) = listed[i];
            var range = await archive.ReadEventsAsync(stream, subject, sequences.Min(), sequences.Max(), token);
            // A subject active on days outside the period has rows between its listed ones only if its events went back in time:
            // keep exactly what the ledgers list.
            rows[i] = range.Where(r => sequences.Contains(r.Sequence)).ToList();
        });
        return rows.SelectMany(r => r)
            .OrderBy(r => r.Event?.At ?? DateTimeOffset.MinValue).ThenBy(r => r.Stream, StringComparer.Ordinal)
            .ThenBy(r => r.Subject, StringComparer.Ordinal).ThenBy(r => r.Sequence).ToList();
    }

    private static ParallelOptions Options(CancellationToken ct) => new() { MaxDegreeOfParallelism = ParallelReads, CancellationToken = ct };
}
