using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Ports;

public interface IDraftStore
{
    Task<StoredDraft?> GetAsync(string draftId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the draft's new state, its decision and its audit events all together or not at all.
    /// <paramref name="expectedVersion"/> is null for a new draft. The change's events are recorded in the
    /// same transaction as a pending notification (see <see cref="INotificationOutbox"/>).
    /// </summary>
    Task<CommitResult> CommitAsync(DraftChange change, string? expectedVersion, CancellationToken cancellationToken);

    Task<IReadOnlyList<Draft>> ListBySubmitterAsync(PersonId submitter, int max, CancellationToken cancellationToken);

    Task<IReadOnlyList<Draft>> ListPendingForAsync(PersonId approver, int max, CancellationToken cancellationToken);

    Task<IReadOnlyList<Draft>> ListByAccountAsync(string accountId, int max, CancellationToken cancellationToken);

    /// <summary>Drafts not yet in a final state, for the clock (reminders, escalation, expiry).</summary>
    Task<IReadOnlyList<Draft>> ListOpenAsync(int max, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEvent>> GetAuditTrailAsync(string draftId, CancellationToken cancellationToken);
}
