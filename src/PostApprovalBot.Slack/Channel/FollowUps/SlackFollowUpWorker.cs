using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PostApprovalBot.Slack.Channel.FollowUps;

/// <summary>
/// Runs queued follow-ups, a few at a time so one slow Web API call does not hold up everyone else. At shutdown the
/// queue is closed and what it already holds still runs, for up to <see cref="DrainTime"/>. A failing item is logged
/// (it only reported an outcome that is already stored).
/// </summary>
internal sealed class SlackFollowUpWorker(SlackFollowUps queue, IServiceScopeFactory scopes, ILogger<SlackFollowUpWorker> logger)
    : BackgroundService
{
    private const int Parallelism = 4;

    /// <summary>Within the host's default 30 s shutdown timeout.</summary>
    public static readonly TimeSpan DrainTime = TimeSpan.FromSeconds(20);

    // Not disposed: the host may dispose this service before it calls StopAsync (seen under WebApplicationFactory).
    private readonly CancellationTokenSource _drain = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(Parallelism);
        var running = new List<Task>();
        // Not stoppingToken: stopping closes the queue, and the loop ends once it has handed out what it held.
        await foreach (var item in queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            await slots.WaitAsync(CancellationToken.None);
            running.RemoveAll(task => task.IsCompleted);
            running.Add(RunAsync(item, slots));
        }
        await Task.WhenAll(running);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Close();
        _drain.CancelAfter(DrainTime);
        await base.StopAsync(cancellationToken);
    }

    private async Task RunAsync(SlackFollowUp item, SemaphoreSlim slots)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await item.Work(scope.ServiceProvider, _drain.Token);
        }
        catch (OperationCanceledException) when (_drain.IsCancellationRequested)
        {
            logger.LogWarning("Slack follow-up cut short by shutdown after {Drain}: {Work}.", DrainTime, item.Description);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Slack follow-up failed: {Work}.", item.Description);
        }
        finally
        {
            slots.Release();
        }
    }
}
