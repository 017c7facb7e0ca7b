using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.Tests.Fakes;

/// <summary>
/// Drafts with optimistic versions, like the table store. <see cref="BeforeNextCommit"/> lets a test
/// slip another person's action in between a read and a commit, which is how a real race looks.
/// </summary>
public sealed class InMemoryDraftStore : IDraftStore
{
    private readonly Dictionary<string, (Draft Draft, int Version)> _drafts = [];
    private readonly List<AuditEvent> _trail = [];

    public Func<Task>? BeforeNextCommit { get; set; }

    /// <summary>How many of the next commits fail as if someone always got there first.</summary>
    public int ForcedConflicts { get; set; }

    public int Conflicts { get; private set; }

    public IReadOnlyCollection<Draft> All => _drafts.Values.Select(v => v.Draft).ToList();

    public Task<StoredDraft?> GetAsync(string draftId, CancellationToken cancellationToken) =>
        Task.FromResult(_drafts.TryGetValue(draftId, out var stored) ? new StoredDraft(stored.Draft, Version(stored.Version)) : null);

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
        _trail.AddRange(change.Audit);
        return new CommitResult(CommitOutcome.Committed, $"out-{_trail.Count:D8}");
    }

    public Task<IReadOnlyList<Draft>> ListBySubmitterAsync(PersonId submitter, int max, CancellationToken cancellationToken) =>
        List(d => d.Submitter.Id == submitter, max);

    public Task<IReadOnlyList<Draft>> ListPendingForAsync(PersonId approver, int max, CancellationToken cancellationToken) =>
        List(d => d.PendingApprovers.Contains(approver), max);

    public Task<IReadOnlyList<Draft>> ListByAccountAsync(string accountId, int max, CancellationToken cancellationToken) =>
        List(d => d.AccountId == accountId, max);

    public Task<IReadOnlyList<Draft>> ListOpenAsync(int max, CancellationToken cancellationToken) =>
        List(d => !d.IsFinal, max);

    public Task<IReadOnlyList<AuditEvent>> GetAuditTrailAsync(string draftId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEvent>>(_trail.Where(a => a.Subject == draftId).ToList());

    private Task<IReadOnlyList<Draft>> List(Func<Draft, bool> predicate, int max) =>
        Task.FromResult<IReadOnlyList<Draft>>(All.Where(predicate).Take(max).ToList());

    private static string Version(int number) => $"v{number}";
}
