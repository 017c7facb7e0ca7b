using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Ports;

public interface IDraftStore
{
    Task<StoredDraft?> GetAsync(string draftId, CancellationToken cancellationToken);

    /// <summary>
    /// Reads a draft that a change is about to follow. The store may prepare the change's bookkeeping at the
    /// same time (the table store announces the draft to the outbox while it reads), so a decision costs one
    /// round trip for the read and one for the commit.
    /// </summary>
    Task<StoredDraft?> GetForChangeAsync(string draftId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the draft's new state, its decision and its audit events all together or not at all.
    /// <paramref name="expectedVersion"/> is null for a new draft. The change's events are recorded in the
    /// same transaction as a pending notification (see <see cref="INotificationOutbox"/>), which is also the
    /// intent from which the indexes, the review agenda and the audit ledger are brought up to date.
    /// </summary>
    Task<CommitResult> CommitAsync(DraftChange change, string? expectedVersion, CancellationToken cancellationToken);

    Task<IReadOnlyList<Draft>> ListBySubmitterAsync(PersonId submitter, int max, CancellationToken cancellationToken);

    /// <summary>Drafts waiting for <paramref name="approver"/>'s decision, looked for in the lists of <paramref name="groupIds"/> (the groups they act for).</summary>
    Task<IReadOnlyList<Draft>> ListPendingForAsync(PersonId approver, IReadOnlyCollection<string> groupIds, int max, CancellationToken cancellationToken);

    Task<IReadOnlyList<Draft>> ListByAccountAsync(string accountId, int max, CancellationToken cancellationToken);

    /// <summary>
    /// When the account's live drafts (in review, approved, sent back for changes) go out, between
    /// <paramref name="from"/> and <paramref name="to"/>: for the frequency rules. One partition range, whatever the account's history.
    /// </summary>
    Task<IReadOnlyList<DateTimeOffset>> PostTimesAsync(
        string accountId, DateTimeOffset from, DateTimeOffset to, string? exceptDraftId, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEvent>> GetAuditTrailAsync(string draftId, CancellationToken cancellationToken);
}
