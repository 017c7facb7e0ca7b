using System.Collections.Concurrent;
using System.Diagnostics;

namespace PostApprovalBot.Bench;

/// <summary>Acknowledgement times per endpoint (as the client saw them) and their percentiles.</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _samples = new();

    public void Add(string endpoint, long startedAt) =>
        _samples.GetOrAdd(endpoint, _ => []).Add(Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds);

    public IReadOnlyDictionary<string, LatencySummary> Summaries() =>
        _samples.OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary(s => s.Key, s => LatencySummary.Of(s.Value));
}

/// <summary>Count and percentiles (nearest rank) in milliseconds.</summary>
public sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max)
{
    public static LatencySummary Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0) return new LatencySummary(0, 0, 0, 0, 0);
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencySummary(sorted.Length, At(0.50), At(0.95), At(0.99), sorted[^1]);
    }

    public override string ToString() => $"n={Count,5}  p50={P50,7:0.0} ms  p95={P95,7:0.0} ms  p99={P99,7:0.0} ms  max={Max,7:0.0} ms";
}
