using System.Threading.Channels;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Host.Notifications;

/// <summary>
/// Delivers queued changes on several lanes at once; a draft always goes to the same lane, so each draft's cards
/// and lists are brought up to date in commit order while different drafts do not wait for each other.
/// On shutdown it takes nothing new, lets the deliveries in flight finish for up to <see cref="Drain"/> (then hands
/// their leases back), and leaves what was queued to the outbox, where another instance's recovery pass finds it.
/// </summary>
public sealed class NotificationWorker(NotificationQueue queue, NotificationDelivery delivery, ILogger<NotificationWorker> logger) : BackgroundService
{
    /// <summary>Inside App Service's shutdown window (the host's ShutdownTimeout is set above it in Program.cs).</summary>
    public static readonly TimeSpan Drain = TimeSpan.FromSeconds(15);

    private const int Lanes = 16;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var inFlight = new CancellationTokenSource();
        await using var drainAfterStop = stoppingToken.Register(() => inFlight.CancelAfter(Drain));
        var lanes = Enumerable.Range(0, Lanes).Select(_ => Channel.CreateUnbounded<DraftOutcome>(
            new UnboundedChannelOptions { SingleReader = true, SingleWriter = true })).ToList();
        var running = lanes.Select(lane => DeliverAsync(lane.Reader, stoppingToken, inFlight.Token)).ToList();
        try
        {
            await foreach (var outcome in queue.Reader.ReadAllAsync(stoppingToken))
                await lanes[LaneOf(outcome.Overview.Draft.Id)].Writer.WriteAsync(outcome, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var lane in lanes) lane.Writer.TryComplete();
            await Task.WhenAll(running);
        }
    }

    private async Task DeliverAsync(ChannelReader<DraftOutcome> lane, CancellationToken stopping, CancellationToken inFlight)
    {
        await foreach (var outcome in lane.ReadAllAsync(CancellationToken.None))
        {
            if (stopping.IsCancellationRequested) continue; // queued, not started: the outbox keeps it for another instance
            using var span = Telemetry.BotTracing.StartDelivery(outcome);
            try
            {
                await delivery.DeliverAsync(outcome, inFlight);
            }
            catch (OperationCanceledException) when (inFlight.IsCancellationRequested)
            {
                logger.LogWarning("Delivery for draft {DraftId} was cut short by shutdown; its notification was handed back to the outbox.", outcome.Overview.Draft.Id);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Notifications for draft {DraftId} failed; the outbox will retry them.", outcome.Overview.Draft.Id);
            }
        }
    }

    // string.GetHashCode differs between processes, which is fine: lanes only order work within this one.
    private static int LaneOf(string draftId) => (draftId.GetHashCode() & int.MaxValue) % Lanes;
}
