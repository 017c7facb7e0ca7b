using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Integration.Tests.Infrastructure;

/// <summary>
/// The draft store with "outcome unknown" on demand: while <see cref="Armed"/>, the next commit goes through to storage and
/// then fails as if its answer was lost on the way back (a timeout after the transaction committed). Install with
/// <c>services.Decorate&lt;IDraftStore&gt;(...)</c>.
/// </summary>
public sealed class CommitAnswerLost(IDraftStore inner) : IDraftStore
{
    public bool Armed { get; set; }

    public async Task<CommitResult> CommitAsync(DraftChange change, string? expectedVersion, CancellationToken cancellationToken)
    {
        var result = await inner.CommitAsync(change, expectedVersion, cancellationToken);
        if (!Armed || result.Outcome != CommitOutcome.Committed) return result;
        Armed = false;
        throw new TimeoutException($"The answer to the commit of {change.After.Id} was lost (it committed).");
    }

    public Task<StoredDraft?> GetAsync(string draftId, CancellationToken cancellationToken) => inner.GetAsync(draftId, cancellationToken);

    public Task<StoredDraft?> GetForChangeAsync(string draftId, CancellationToken cancellationToken) => inner.GetForChangeAsync(draftId, cancellationToken);

    public Task<IReadOnlyList<Draft>> ListBySubmitterAsync(PersonId submitter, int max, CancellationToken cancellationToken) =>
        inner.ListBySubmitterAsync(submitter, max, cancellationToken);

    public Task<IReadOnlyList<Draft>> ListPendingForAsync(PersonId approver, IReadOnlyCollection<string> groupIds, int max, CancellationToken cancellationToken) =>
        inner.ListPendingForAsync(approver, groupIds, max, cancellationToken);

    public Task<IReadOnlyList<Draft>> ListByAccountAsync(string accountId, int max, CancellationToken cancellationToken) =>
        inner.ListByAccountAsync(accountId, max, cancellationToken);

    public Task<IReadOnlyList<DateTimeOffset>> PostTimesAsync(string accountId, DateTimeOffset from, DateTimeOffset to, string? exceptDraftId, CancellationToken cancellationToken) =>
        inner.PostTimesAsync(accountId, from, to, exceptDraftId, cancellationToken);

    public Task<IReadOnlyList<AuditEvent>> GetAuditTrailAsync(string draftId, CancellationToken cancellationToken) => inner.GetAuditTrailAsync(draftId, cancellationToken);
}
