using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.UseCases;

/// <summary>
/// Dispatches the outbox: each notification is leased (one instance handles it), its effects outside the draft's
/// partition are applied (lists, agenda, ledger), the people concerned are told, and it is marked done. The lease
/// outlasts the whole delivery, so the recovery pass never sends what normal delivery is still sending; a failure
/// shortens it to a growing pause, after which the recovery pass retries; after <see cref="MaxAttempts"/> it is
/// parked and the audit log says so, so admins see it.
/// </summary>
public sealed class NotificationDelivery(INotificationOutbox outbox, DraftNotifier notifier, DraftService drafts, IAuditLog audit, TimeProvider clock)
{
    public const int MaxAttempts = 8;

    /// <summary>Notifications of drafts changed more recently than this belong to the request that committed them.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a delivery holds its notification without renewing: renewed every third of it while the delivery runs,
    /// so a slow delivery keeps it, and a crashed instance's notification is taken over this long after the crash.
    /// </summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    /// <summary>The fast path, right after the commit, with the outcome and its notification still in memory (no read).</summary>
    public async Task DeliverAsync(DraftOutcome outcome, CancellationToken ct)
    {
        if (outcome.Notification is null)
        {
            await notifier.OnCommittedAsync(outcome, ct);
            return;
        }
        await LeaseAndSendAsync(outcome.Notification, outcome, ct);
    }

    /// <summary>One recovery pass: what a crash, a restart or a failed delivery left behind. Returns how many were delivered.</summary>
    public async Task<int> RecoverAsync(int max, CancellationToken ct)
    {
        var delivered = 0;
        foreach (var pending in await outbox.ListDueAsync(clock.GetUtcNow() - Grace, max, ct))
        {
            try
            {
                if (await RecoverOneAsync(pending, ct)) delivered++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One notification's failure must not hold up the others; its lease sets when it is tried again.
            }
        }
        return delivered;
    }

    private async Task<bool> RecoverOneAsync(PendingNotification pending, CancellationToken ct)
    {
        var current = await drafts.GetAsync(pending.DraftId, ct);
        if (!current.Succeeded)
        {
            await outbox.CompleteAsync(pending, ct);
            return false;
        }
        var change = new DraftChange(null, current.Value.Draft, null, [], pending.Events);
        return await LeaseAndSendAsync(pending, new DraftOutcome(change, current.Value, pending), ct);
    }

    private async Task<bool> LeaseAndSendAsync(PendingNotification pending, DraftOutcome outcome, CancellationToken ct)
    {
        var leased = await outbox.TryLeaseAsync(pending, Lease, ct);
        if (leased is null) return false;
        var lease = new HeldLease(outbox, leased, Lease);
        try
        {
            await outbox.ApplyEffectsAsync(leased, ct);
            await notifier.OnCommittedAsync(outcome, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var current = await lease.ReleaseAsync();
            if (current.Attempts >= MaxAttempts) await ParkAsync(current, e.Message, ct);
            else await outbox.RetryAtAsync(current, clock.GetUtcNow() + Backoff(current.Attempts), ct);
            throw;
        }
        catch (OperationCanceledException)
        {
            // Shutting down: hand the notification back at once, so another instance need not wait for the lease to run out.
            await outbox.RetryAtAsync(await lease.ReleaseAsync(), clock.GetUtcNow(), CancellationToken.None);
            throw;
        }
        await outbox.CompleteAsync(await lease.ReleaseAsync(), ct);
        return true;
    }

    private async Task ParkAsync(PendingNotification notification, string reason, CancellationToken ct)
    {
        await outbox.ParkAsync(notification, reason, ct);
        await audit.AppendAsync(new AuditEvent(notification.DraftId, AuditActions.NotificationParked, SystemActor.Bot, clock.GetUtcNow(), null, null, null,
            $"notification {notification.Key} ({string.Join(",", notification.Events.Select(e => e.Kind))}) failed {notification.Attempts} times: {reason}"), ct);
    }

    // 15 s, 30 s, 1 min, … up to 30 min after the n-th failure: long enough for a throttled chat API to recover.
    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(15 * Math.Pow(2, attempts - 1), 1800));
}
