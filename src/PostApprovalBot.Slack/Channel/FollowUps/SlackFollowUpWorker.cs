using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PostApprovalBot.Slack.Channel.Background;

/// <summary>
/// Runs queued Slack work, a few items at a time so one slow Web API call does not hold up everyone else.
/// A failing item is logged and dropped: Slack was already answered, and retrying could act twice.
/// </summary>
internal sealed class SlackBackgroundWorker(SlackBackgroundWork queue, IServiceScopeFactory scopes, ILogger<SlackBackgroundWorker> logger)
    : BackgroundService
{
    private const int Parallelism = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(Parallelism);
        var running = new List<Task>();
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await slots.WaitAsync(stoppingToken);
                running.RemoveAll(task => task.IsCompleted);
                running.Add(RunAsync(item, slots, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: items still queued are lost, as Slack was already answered.
        }
        await Task.WhenAll(running);
    }

    private async Task RunAsync(SlackWorkItem item, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await item.Work(scope.ServiceProvider, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Slack work stopped by shutdown: {Work}.", item.Description);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Slack work failed: {Work}.", item.Description);
        }
        finally
        {
            slots.Release();
        }
    }
}
