using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Reminders;

namespace PostApprovalBot.Core.Tests.Fakes;

/// <summary>
/// Drafts with optimistic versions, like the table store. <see cref="BeforeNextCommit"/> lets a test
/// slip another person's action in between a read and a commit, which is how a real race looks.
/// Like the table store's dispatcher, every commit puts the draft's new wake-ups on the review agenda.
/// </summary>
public sealed class InMemoryDraftStore : IDraftStore, IReviewAgenda
{
    private readonly Dictionary<string, (Draft Draft, int Version)> _drafts = [];
    private readonly List<AuditEvent> _trail = [];
    private readonly List<AgendaEntry> _agenda = [];

    public Func<Task>? BeforeNextCommit { get; set; }

    /// <summary>How many of the next commits fail as if someone always got there first.</summary>
    public int ForcedConflicts { get; set; }

    public int Conflicts { get; private set; }

    public int Commits { get; private set; }

    public IReadOnlyCollection<Draft> All => _drafts.Values.Select(v => v.Draft).ToList();

    public Task<StoredDraft?> GetAsync(string draftId, CancellationToken cancellationToken) =>
        Task.FromResult(_drafts.TryGetValue(draftId, out var stored) ? new StoredDraft(stored.Draft, Version(stored.Version)) : null);

    public Task<StoredDraft?> GetForChangeAsync(string draftId, CancellationToken cancellationToken) => GetAsync(draftId, cancellationToken);

    public async Task<CommitResult> CommitAsync(DraftChange change, string? expectedVersion, CancellationToken cancellationToken)
    {
        if (BeforeNextCommit is { } interleaved)
        {
            BeforeNextCommit = null;
            await interleaved();
        }
        var exists = _drafts.TryGetValue(change.After.Id, out var current);
        var stale = expectedVersion is null ? exists : !exists || Version(current.Version) != expectedVersion;
        if (stale || ForcedConflicts > 0)
        {
            ForcedConflicts = Math.Max(0, ForcedConflicts - 1);
            Conflicts++;
            return CommitResult.Conflict;
        }
        _drafts[change.After.Id] = (change.After, exists ? current.Version + 1 : 1);
        Commits++;
        _trail.AddRange(change.Audit);
        _agenda.AddRange(ReminderPlanner.WakeUps(change.After).Select(at => new AgendaEntry(change.After.Id, at, $"{at.UtcTicks}|{change.After.Id}")));
        return new CommitResult(CommitOutcome.Committed, new PendingNotification(change.After.Id, $"out-{_trail.Count:D8}", change.Events, DateTimeOffset.UtcNow, 0, "v"));
    }

    public Task<IReadOnlyList<Draft>> ListBySubmitterAsync(PersonId submitter, int max, CancellationToken cancellationToken) =>
        List(d => d.Submitter.Id == submitter, max);

    public Task<IReadOnlyList<Draft>> ListPendingForAsync(PersonId approver, IReadOnlyCollection<string> groupIds, int max, CancellationToken cancellationToken) =>
        List(d => d.PendingApprovers.Contains(approver), max);

    public Task<IReadOnlyList<Draft>> ListByAccountAsync(string accountId, int max, CancellationToken cancellationToken) =>
        List(d => d.AccountId == accountId, max);

    public Task<IReadOnlyList<DateTimeOffset>> PostTimesAsync(
        string accountId, DateTimeOffset from, DateTimeOffset to, string? exceptDraftId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DateTimeOffset>>(All
            .Where(d => d.AccountId == accountId && d.Id != exceptDraftId && d.State is not (DraftState.Rejected or DraftState.Withdrawn or DraftState.Expired))
            .Select(d => d.CurrentRevision.Content.Schedule?.Utc ?? d.SubmittedAt)
            .Where(t => t >= from && t < to)
            .ToList());

    public Task<IReadOnlyList<AuditEvent>> GetAuditTrailAsync(string draftId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEvent>>(_trail.Where(a => a.Subject == draftId).ToList());

    public Task<IReadOnlyList<AgendaEntry>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AgendaEntry>>(_agenda.Where(e => e.DueAt <= now).OrderBy(e => e.DueAt).Take(max).ToList());

    public Task DoneAsync(AgendaEntry entry, CancellationToken cancellationToken)
    {
        _agenda.RemoveAll(e => e.Key == entry.Key);
        return Task.CompletedTask;
    }

    private Task<IReadOnlyList<Draft>> List(Func<Draft, bool> predicate, int max) =>
        Task.FromResult<IReadOnlyList<Draft>>(All.Where(predicate).Take(max).ToList());

    private static string Version(int number) => $"v{number}";
}
