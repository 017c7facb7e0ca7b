using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using PostApprovalBot.Storage.Diagnostics;

namespace PostApprovalBot.Bench;

/// <summary>
/// Counts every table request the bot sends (retries included), by who caused it: an inbound HTTP request
/// still being answered (its path), a scope the benchmark opened, or "background" (notifications, Slack work
/// queued after the ack, the ledger after a request's answer, the clocks).
/// </summary>
public sealed class TableRequestCounter(string tablePrefix) : HttpPipelinePolicy
{
    public const string Background = "background";
    private static readonly AsyncLocal<CountingScope?> Current = new();
    private static readonly ConcurrentDictionary<string, long> Opened = new();
    private readonly ConcurrentDictionary<(string Cause, string Table, string Operation), long> _counts = new();

    /// <summary>Attributes the table requests of the current async flow to <paramref name="cause"/> until disposed.</summary>
    public static CountingScope Open(string cause)
    {
        Opened.AddOrUpdate(cause, 1, (_, n) => n + 1);
        var scope = new CountingScope(cause, Current.Value);
        Current.Value = scope;
        return scope;
    }

    public IReadOnlyDictionary<(string Cause, string Table, string Operation), long> Snapshot() => new Dictionary<(string, string, string), long>(_counts);

    /// <summary>How many scopes of each cause were opened since the last reset (inbound requests, probe calls).</summary>
    public static IReadOnlyDictionary<string, long> ScopesOpened() => new Dictionary<string, long>(Opened);

    /// <summary>Table requests counted so far, all causes.</summary>
    public long Total => _counts.Values.Sum();

    /// <summary>
    /// Waits until no table request was counted for a second (the host's background work has settled), or until
    /// <paramref name="patience"/> (two minutes by default) has passed; returns false then.
    /// </summary>
    public async Task<bool> QuietAsync(TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromMinutes(2));
        var last = -1L;
        for (var quiet = 0; quiet < 5;)
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(200);
            var now = Total;
            quiet = now == last ? quiet + 1 : 0;
            last = now;
        }
        return true;
    }

    public void Reset()
    {
        _counts.Clear();
        Opened.Clear();
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Count(HttpMessage message)
    {
        var cause = Current.Value is { IsOpen: true } scope ? scope.Cause : Background;
        var (table, operation) = Classify(message.Request);
        _counts.AddOrUpdate((cause, table, operation), 1, (_, n) => n + 1);
    }

    private (string Table, string Operation) Classify(Request request) => TableRequestKind.Of(request, tablePrefix);

    /// <summary>One cause; closing it (at the end of the request, or by disposing) turns later requests of the same flow into background.</summary>
    public sealed class CountingScope(string cause, CountingScope? outer) : IDisposable
    {
        public string Cause { get; } = cause;

        public bool IsOpen { get; private set; } = true;

        public void Dispose()
        {
            IsOpen = false;
            Current.Value = outer;
        }
    }
}
