using PostApprovalBot.Core.Audit.Verification;

namespace PostApprovalBot.Core.Audit.Explorer;

/// <summary>
/// The newest events of a period that match, read lazily: the days' ledgers say which subjects had events and in which
/// order they were recorded, and subjects are read newest first, a few at a time, only until the page is full. So a page
/// costs the days' ledgers plus about as many subject reads as it shows, however many events the period holds; a filter
/// that matches little reads more, up to <see cref="MostSubjects"/>, and then says the search stopped.
/// </summary>
public static class NewestEvents
{
    public const int MostSubjects = 500;
    private const int Batch = 8;

    public static async Task<AuditSearch> ReadAsync(
        IAuditArchive archive, IReadOnlyList<StoredLedgerDay> days, Func<StoredAuditRow, Task<bool>> matches, int take, CancellationToken ct)
    {
        // Where each listed event sits in the ledgers: the order events were recorded in, newest last.
        var position = days.SelectMany(d => d.Entries).Select(e => e.Entry)
            .ToDictionary(e => (e.Stream, e.Subject, e.EventSequence), e => (e.Day.DayNumber, e.Sequence));
        var subjects = position.GroupBy(p => (p.Key.Stream, p.Key.Subject))
            .Select(g => new ListedSubject(g.Key.Stream, g.Key.Subject, g.Select(p => p.Key.EventSequence).ToHashSet(), g.Max(p => p.Value)))
            .OrderByDescending(s => s.Newest).ToList();
        var matched = new List<(StoredAuditRow Row, (int, long) At)>();
        var next = 0;
        while (next < subjects.Count && next < MostSubjects)
        {
            // Every subject left was last recorded before this one: once a page of matches is newer, none of them can show.
            var boundary = subjects[next].Newest;
            if (matched.Count(m => m.At.CompareTo(boundary) > 0) >= take) break;
            var batch = subjects.Skip(next).Take(Batch).ToList();
            next += batch.Count;
            foreach (var rows in await Task.WhenAll(batch.Select(s => ReadListedAsync(archive, s, ct))))
                foreach (var row in rows)
                    if (await matches(row)) matched.Add((row, position[(row.Stream, row.Subject, row.Sequence)]));
        }
        var newest = matched.OrderByDescending(m => m.At).Select(m => m.Row).ToList();
        return new AuditSearch(newest.Take(Math.Max(take, 0)).ToList(), newest.Count > take || next < subjects.Count, position.Count,
            StoppedAtLimit: next >= MostSubjects && next < subjects.Count);
    }

    // One range of the subject's rows, kept to exactly what the ledgers list (rows between them may lie outside the period).
    private static async Task<IEnumerable<StoredAuditRow>> ReadListedAsync(IAuditArchive archive, ListedSubject subject, CancellationToken ct) =>
        (await archive.ReadEventsAsync(subject.Stream, subject.Subject, subject.Sequences.Min(), subject.Sequences.Max(), ct))
            .Where(r => subject.Sequences.Contains(r.Sequence));

    private sealed record ListedSubject(string Stream, string Subject, HashSet<long> Sequences, (int Day, long Sequence) Newest);
}
