using PostApprovalBot.Core.Chat;

namespace PostApprovalBot.Core.Ports;

/// <summary>
/// Notifications recorded in the same transaction as the change that causes them. Delivery leases a
/// notification (so one instance sends it), marks it done, or parks it after too many failures.
/// </summary>
public interface INotificationOutbox
{
    /// <summary>Undelivered notifications recorded before <paramref name="recordedBefore"/> whose lease (if any) has run out.</summary>
    Task<IReadOnlyList<PendingNotification>> ListDueAsync(DateTimeOffset recordedBefore, int max, CancellationToken cancellationToken);

    /// <summary>The notification, or null when it was delivered (or never committed).</summary>
    Task<PendingNotification?> GetAsync(string draftId, string key, CancellationToken cancellationToken);

    /// <summary>Takes the notification for <paramref name="duration"/>; false when another instance holds or finished it.</summary>
    Task<PendingNotification?> TryLeaseAsync(PendingNotification notification, TimeSpan duration, CancellationToken cancellationToken);

    Task CompleteAsync(PendingNotification notification, CancellationToken cancellationToken);

    /// <summary>Stops retrying; the notification stays recorded with the reason, for admins.</summary>
    Task ParkAsync(PendingNotification notification, string reason, CancellationToken cancellationToken);
}
