using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Host.Telemetry;

/// <summary>The draft store with a span for the read a change starts with and for its commit (outcome: committed or conflict).</summary>
public sealed class TracedDraftStore(IDraftStore inner) : IDraftStore
{
    public async Task<StoredDraft?> GetForChangeAsync(string draftId, CancellationToken cancellationToken)
    {
        using var span = BotTracing.Start("draft.read", draftId, System.Diagnostics.ActivityKind.Client);
        return await inner.GetForChangeAsync(draftId, cancellationToken);
    }

    public async Task<CommitResult> CommitAsync(DraftChange change, string? expectedVersion, CancellationToken cancellationToken)
    {
        using var span = BotTracing.Start("draft.commit", change.After.Id, System.Diagnostics.ActivityKind.Client);
        try
        {
            var result = await inner.CommitAsync(change, expectedVersion, cancellationToken);
            span?.SetTag("commit.outcome", result.Outcome.ToString());
            return result;
        }
        catch (Exception e)
        {
            span.Failed(e);
            throw;
        }
    }

    public Task<StoredDraft?> GetAsync(string draftId, CancellationToken cancellationToken) => inner.GetAsync(draftId, cancellationToken);

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
