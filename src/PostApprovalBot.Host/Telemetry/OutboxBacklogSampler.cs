using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Host.Storage;
using PostApprovalBot.Storage.Drafts;

namespace PostApprovalBot.Host.Telemetry;

/// <summary>
/// Samples the outbox backlog for the gauges every <see cref="Interval"/> (two small queries). Every instance samples
/// the same shared outbox, so dashboards take the maximum across instances, not the sum.
/// </summary>
public sealed class OutboxBacklogSampler(OutboxBacklogProbe probe, BotMetrics metrics, TableBootstrapper tables, TimeProvider time, ILogger<OutboxBacklogSampler> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await tables.Ready.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                metrics.Sampled(await probe.MeasureAsync(NotificationDelivery.Grace, stoppingToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug("Outbox backlog sample failed ({Reason}).", e.Message.Split('\n')[0]);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
