using PostApprovalBot.Core.Chat;

namespace PostApprovalBot.Core.Ports;

/// <summary>
/// Notifications recorded in the same transaction as the change that causes them. Each one is also the
/// change's intent for everything outside the draft's partition (indexes, agenda, ledger): delivery leases it
/// (so one instance handles it), applies those effects, tells people, and marks it done; after too many
/// failures it is parked.
/// </summary>
public interface INotificationOutbox
{
    /// <summary>Undelivered notifications of drafts last changed before <paramref name="recordedBefore"/> whose lease (if any) has run out.</summary>
    Task<IReadOnlyList<PendingNotification>> ListDueAsync(DateTimeOffset recordedBefore, int max, CancellationToken cancellationToken);

    /// <summary>The notification, or null when it was delivered (or never committed).</summary>
    Task<PendingNotification?> GetAsync(string draftId, string key, CancellationToken cancellationToken);

    /// <summary>Takes the notification for <paramref name="duration"/>; null when another instance holds or finished it.</summary>
    Task<PendingNotification?> TryLeaseAsync(PendingNotification notification, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>
    /// Brings everything outside the draft's partition up to date with the change: "waiting for me" and the other
    /// lists, the account's posting calendar, the review agenda and the audit ledger. Idempotent.
    /// </summary>
    Task ApplyEffectsAsync(PendingNotification notification, CancellationToken cancellationToken);

    /// <summary>A delivery failed: the lease is shortened so the recovery pass tries again at <paramref name="at"/>.</summary>
    Task RetryAtAsync(PendingNotification notification, DateTimeOffset at, CancellationToken cancellationToken);

    Task CompleteAsync(PendingNotification notification, CancellationToken cancellationToken);

    /// <summary>Stops retrying; the notification stays recorded with the reason, for admins.</summary>
    Task ParkAsync(PendingNotification notification, string reason, CancellationToken cancellationToken);
}
