using Microsoft.Extensions.Options;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Host.Storage;

namespace PostApprovalBot.Host.Workflow;

/// <summary>Runs the review clock every <see cref="WorkflowOptions.ClockInterval"/>; a failed pass is logged and the next one tries again.</summary>
public sealed class ReviewClockWorker(
    ReviewClock reviewClock, TableBootstrapper tables, IOptions<WorkflowOptions> options, TimeProvider time, ILogger<ReviewClockWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await tables.Ready.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.ClockInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var sent = await reviewClock.RunOnceAsync(stoppingToken);
                if (sent > 0) logger.LogInformation("Review clock sent {Count} reminder(s).", sent);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The review clock pass failed; it runs again in {Interval}.", options.Value.ClockInterval);
            }
        }
    }
}
