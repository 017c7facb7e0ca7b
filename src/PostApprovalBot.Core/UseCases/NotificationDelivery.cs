using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.UseCases;

/// <summary>
/// Delivers the outbox: each notification is leased (one instance sends it), handed to the notifier and
/// marked done. A failure leaves it leased for a growing pause, after which the recovery pass retries;
/// after <see cref="MaxAttempts"/> it is parked and the audit log says so, so admins see it.
/// </summary>
public sealed class NotificationDelivery(INotificationOutbox outbox, DraftNotifier notifier, DraftService drafts, IAuditLog audit, TimeProvider clock)
{
    public const int MaxAttempts = 8;

    /// <summary>Notifications younger than this belong to the request that committed them.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    /// <summary>The fast path, right after the commit, with the outcome still in memory.</summary>
    public async Task DeliverAsync(DraftOutcome outcome, CancellationToken ct)
    {
        if (outcome.NotificationKey is null)
        {
            await notifier.OnCommittedAsync(outcome, ct);
            return;
        }
        var pending = await outbox.GetAsync(outcome.Overview.Draft.Id, outcome.NotificationKey, ct);
        if (pending is not null) await LeaseAndSendAsync(pending, outcome, ct);
    }

    /// <summary>One recovery pass: what a crash, a restart or a failed delivery left behind. Returns how many were delivered.</summary>
    public async Task<int> RecoverAsync(int max, CancellationToken ct)
    {
        var delivered = 0;
        foreach (var pending in await outbox.ListDueAsync(clock.GetUtcNow() - Grace, max, ct))
        {
            var current = await drafts.GetAsync(pending.DraftId, ct);
            if (!current.Succeeded)
            {
                await outbox.CompleteAsync(pending, ct);
                continue;
            }
            var change = new DraftChange(null, current.Value.Draft, null, [], pending.Events);
            try
            {
                if (await LeaseAndSendAsync(pending, new DraftOutcome(change, current.Value, pending.Key), ct)) delivered++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One notification's failure must not hold up the others; its lease sets when it is tried again.
            }
        }
        return delivered;
    }

    private async Task<bool> LeaseAndSendAsync(PendingNotification pending, DraftOutcome outcome, CancellationToken ct)
    {
        var leased = await outbox.TryLeaseAsync(pending, Backoff(pending.Attempts), ct);
        if (leased is null) return false;
        try
        {
            await notifier.OnCommittedAsync(outcome, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (leased.Attempts >= MaxAttempts) await ParkAsync(leased, e.Message, ct);
            throw;
        }
        await outbox.CompleteAsync(leased, ct);
        return true;
    }

    private async Task ParkAsync(PendingNotification notification, string reason, CancellationToken ct)
    {
        await outbox.ParkAsync(notification, reason, ct);
        await audit.AppendAsync(new AuditEvent(notification.DraftId, AuditActions.NotificationParked, SystemActor.Bot, clock.GetUtcNow(), null, null, null,
            $"notification {notification.Key} ({string.Join(",", notification.Events.Select(e => e.Kind))}) failed {notification.Attempts} times: {reason}"), ct);
    }

    // 15 s, 30 s, 1 min, … up to 30 min: long enough for a throttled chat API to recover.
    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(15 * Math.Pow(2, attempts), 1800));
}
