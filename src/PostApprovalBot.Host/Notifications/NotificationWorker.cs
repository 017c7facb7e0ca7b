using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Host.Notifications;

/// <summary>Delivers queued changes, one at a time so each draft's cards are updated in commit order.</summary>
public sealed class NotificationWorker(NotificationQueue queue, DraftNotifier notifier, ILogger<NotificationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var outcome in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await notifier.OnCommittedAsync(outcome, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not deliver the notifications for draft {DraftId}.", outcome.Overview.Draft.Id);
            }
        }
    }
}
