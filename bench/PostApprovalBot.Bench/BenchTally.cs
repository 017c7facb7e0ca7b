using System.Collections.Concurrent;

namespace PostApprovalBot.Bench;

/// <summary>Decisions clicked, posts approved end to end, and what went wrong (first few reasons kept).</summary>
public sealed class BenchTally
{
    private int _decisions;
    private int _completed;
    private int _failures;

    public ConcurrentQueue<string> FirstFailures { get; } = new();

    public int Decisions => Volatile.Read(ref _decisions);

    public int Completed => Volatile.Read(ref _completed);

    public int Failures => Volatile.Read(ref _failures);

    public void Decided() => Interlocked.Increment(ref _decisions);

    public void PostApproved() => Interlocked.Increment(ref _completed);

    public void Failed(string reason)
    {
        if (Interlocked.Increment(ref _failures) <= 10) FirstFailures.Enqueue(reason);
    }
}
