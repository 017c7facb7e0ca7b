using System.Diagnostics;

namespace PostApprovalBot.Bench;

/// <summary>
/// A start barrier: the clients are started, each waits until all are waiting, then all are let go at once.
/// The table request counter is reset at the release, so it counts what the burst caused.
/// </summary>
public static class ReleasedTogether
{
    /// <summary>Runs <paramref name="client"/> <paramref name="clients"/> times side by side, released together; each names its requests <paramref name="step"/>.</summary>
    public static async Task<(DateTimeOffset At, TimeSpan Elapsed)> RunAsync(BenchWorld world, int clients, string step, Func<Task> client)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = 0;
        var tasks = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            StepHeaderHandler.Name(step);
            Interlocked.Increment(ref waiting);
            await start.Task;
            await client();
        })).ToList();
        while (Volatile.Read(ref waiting) < clients) await Task.Delay(5);
        world.Counter.Reset();
        var at = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        start.SetResult();
        await Task.WhenAll(tasks);
        return (at, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Opens as many keep-alive connections as there will be clients (as Slack's and Teams' senders keep theirs), so the burst does not time TCP set-up.</summary>
    public static async Task WarmConnectionsAsync(BenchWorld world, int clients) =>
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            using var response = await world.Http.GetAsync("/");
        }));
}
