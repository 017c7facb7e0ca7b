using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Host.Telemetry;

/// <summary>
/// The outbox with a span for each notification's delivery steps (lease, effects, completion) and a count of parked
/// notifications, so a trace shows what happened after the commit and a dashboard shows what never got through.
/// </summary>
public sealed class TracedOutbox(INotificationOutbox inner, BotMetrics metrics) : INotificationOutbox
{
    public Task<IReadOnlyList<PendingNotification>> ListDueAsync(DateTimeOffset recordedBefore, int max, CancellationToken cancellationToken) =>
        inner.ListDueAsync(recordedBefore, max, cancellationToken);

    public Task<PendingNotification?> GetAsync(string draftId, string key, CancellationToken cancellationToken) => inner.GetAsync(draftId, key, cancellationToken);

    public async Task<PendingNotification?> TryLeaseAsync(PendingNotification notification, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var span = BotTracing.Start("notification.lease", notification.DraftId);
        var leased = await inner.TryLeaseAsync(notification, duration, cancellationToken);
        span?.SetTag("lease.taken", leased is not null);
        return leased;
    }

    public async Task ApplyEffectsAsync(PendingNotification notification, CancellationToken cancellationToken)
    {
        using var span = BotTracing.Start("notification.effects", notification.DraftId);
        await inner.ApplyEffectsAsync(notification, cancellationToken);
    }

    public Task RetryAtAsync(PendingNotification notification, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.RetryAtAsync(notification, at, cancellationToken);

    public async Task CompleteAsync(PendingNotification notification, CancellationToken cancellationToken)
    {
        using var span = BotTracing.Start("notification.complete", notification.DraftId);
        await inner.CompleteAsync(notification, cancellationToken);
    }

    public async Task ParkAsync(PendingNotification notification, string reason, CancellationToken cancellationToken)
    {
        await inner.ParkAsync(notification, reason, cancellationToken);
        metrics.NotificationsParked.Add(1);
    }
}
