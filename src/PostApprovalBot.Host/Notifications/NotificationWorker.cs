using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Host.Notifications;

/// <summary>Delivers queued changes, one at a time so each draft's cards are updated in commit order.</summary>
public sealed class NotificationWorker(NotificationQueue queue, NotificationDelivery delivery, ILogger<NotificationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var outcome in queue.Reader.ReadAllAsync(stoppingToken))
        {
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
}
