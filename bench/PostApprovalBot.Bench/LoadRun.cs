using System.Diagnostics;

namespace PostApprovalBot.Bench;

/// <summary>Drives the posts through their three stages with a fixed number of concurrent clients.</summary>
public sealed class LoadRun(BenchWorld world)
{
    public async Task<LoadResult> RunAsync(int posts, int concurrency)
    {
        await using var watcher = new CardWatcher(world);
        await using var completions = new CompletionWatcher(world.Azurite.ConnectionString, world.TablePrefix);
        var latencies = new LatencyRecorder();
        var tally = new BenchTally();
        var journey = new DraftJourney(world, watcher, completions, latencies, tally);
        world.Counter.Reset();
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, posts), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (post, _) => await journey.RunAsync(post));
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new LoadResult(posts, concurrency, elapsed, tally, latencies.Summaries(), world.Counter.Snapshot());
    }
}

/// <summary>What <see cref="LoadRun"/> measured.</summary>
public sealed record LoadResult(
    int Posts, int Concurrency, TimeSpan Elapsed, BenchTally Tally, IReadOnlyDictionary<string, LatencySummary> Latencies,
    IReadOnlyDictionary<(string Cause, string Table, string Operation), long> Requests)
{
    public double DecisionsPerSecond => Tally.Decisions / Elapsed.TotalSeconds;
}
