using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Host.Notifications;

/// <summary>
/// Delivers queued changes on several lanes at once; a draft always goes to the same lane, so each draft's cards
/// and lists are brought up to date in commit order while different drafts do not wait for each other.
/// </summary>
public sealed class NotificationWorker(NotificationQueue queue, NotificationDelivery delivery, ILogger<NotificationWorker> logger) : BackgroundService
{
    private const int Lanes = 16;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lanes = Enumerable.Range(0, Lanes).Select(_ => System.Threading.Channels.Channel.CreateUnbounded<DraftOutcome>(
            new System.Threading.Channels.UnboundedChannelOptions { SingleReader = true, SingleWriter = true })).ToList();
        var running = lanes.Select(lane => DeliverAsync(lane.Reader, stoppingToken)).ToList();
        try
        {
            await foreach (var outcome in queue.Reader.ReadAllAsync(stoppingToken))
                await lanes[LaneOf(outcome.Overview.Draft.Id)].Writer.WriteAsync(outcome, stoppingToken);
        }
        finally
        {
            foreach (var lane in lanes) lane.Writer.TryComplete();
            await Task.WhenAll(running);
        }
    }

    private async Task DeliverAsync(System.Threading.Channels.ChannelReader<DraftOutcome> lane, CancellationToken stoppingToken)
    {
        await foreach (var outcome in lane.ReadAllAsync(stoppingToken))
        {
            using var span = Telemetry.BotTracing.StartDelivery(outcome);
            try
            {
                await delivery.DeliverAsync(outcome, stoppingToken);
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
