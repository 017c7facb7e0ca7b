using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.UseCases;

/// <summary>
/// Keeps a leased notification leased while its delivery runs: renewed every third of the lease, so the recovery
/// pass never takes over a delivery that is slow but alive, and a crashed instance's lease runs out soon.
/// </summary>
internal sealed class HeldLease
{
    private readonly INotificationOutbox _outbox;
    private readonly TimeSpan _duration;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;
    private PendingNotification _current;

    public HeldLease(INotificationOutbox outbox, PendingNotification leased, TimeSpan duration)
    {
        (_outbox, _current, _duration) = (outbox, leased, duration);
        _renewing = RenewAsync();
    }

    /// <summary>Stops renewing; returns the notification as last leased (its version guards what follows).</summary>
    public async Task<PendingNotification> ReleaseAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        _stop.Dispose();
        return _current;
    }

    private async Task RenewAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(_duration / 3, _stop.Token);
                // Renewing is leasing again with the current version; each renewal counts no extra attempt.
                if (await _outbox.TryLeaseAsync(_current with { Attempts = _current.Attempts - 1 }, _duration, _stop.Token) is not { } renewed) return;
                _current = renewed;
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception)
        {
            // A failed renewal only risks a second delivery after the lease, which posted cards make harmless.
        }
    }
}
