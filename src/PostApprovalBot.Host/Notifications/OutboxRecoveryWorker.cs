using Microsoft.Extensions.Options;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Host.Storage;
using PostApprovalBot.Host.Workflow;

namespace PostApprovalBot.Host.Notifications;

/// <summary>
/// Sends what the outbox still owes: notifications of changes committed before a crash or restart, and
/// those whose delivery failed. Runs at start and every <see cref="WorkflowOptions.OutboxInterval"/>.
/// </summary>
public sealed class OutboxRecoveryWorker(
    NotificationDelivery delivery, TableBootstrapper tables, IOptions<WorkflowOptions> options, TimeProvider time, ILogger<OutboxRecoveryWorker> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await tables.Ready.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.OutboxInterval, time);
        do
        {
            try
            {
                var delivered = await delivery.RecoverAsync(BatchSize, stoppingToken);
                if (delivered > 0) logger.LogInformation("Delivered {Count} notification(s) left in the outbox.", delivered);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Outbox recovery pass failed ({Reason}); it runs again in {Interval}.", e.Message.Split('\n')[0], options.Value.OutboxInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
