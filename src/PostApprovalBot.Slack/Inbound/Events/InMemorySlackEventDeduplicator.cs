namespace PostApprovalBot.Slack.Inbound.Events;

/// <summary>
/// Process-local de-duplication for tests and single-instance runs: remembers event ids for
/// <see cref="Retention"/> (Slack's retries come within minutes) and at most <see cref="Capacity"/> ids,
/// forgetting the oldest first. Several instances need the durable table-based implementation.
/// </summary>
public sealed class InMemorySlackEventDeduplicator(TimeProvider time, TimeSpan? retention = null, int capacity = 10_000)
    : ISlackEventDeduplicator
{
    private readonly Dictionary<string, DateTimeOffset> _claimedUntil = new(StringComparer.Ordinal);
    private readonly Queue<(string EventId, DateTimeOffset Until)> _byAge = new();
    private readonly Lock _gate = new();

    public TimeSpan Retention { get; } = retention ?? TimeSpan.FromHours(1);

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public Task<bool> TryClaimAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            ForgetExpired(now);
            if (_claimedUntil.ContainsKey(eventId))
            {
                return Task.FromResult(false);
            }
            if (_byAge.Count == Capacity)
            {
                Forget(_byAge.Dequeue());
            }
            var until = now + Retention;
            _claimedUntil[eventId] = until;
            _byAge.Enqueue((eventId, until));
            return Task.FromResult(true);
        }
    }

    // The id stays in the age queue until it expires; a later claim of it is queued again with its own expiry.
    public Task ReleaseAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        lock (_gate)
        {
            _claimedUntil.Remove(eventId);
        }
        return Task.CompletedTask;
    }

    // Retention is fixed, so queue order is expiry order: expired claims are all at the front.
    private void ForgetExpired(DateTimeOffset now)
    {
        while (_byAge.TryPeek(out var oldest) && oldest.Until <= now)
        {
            Forget(_byAge.Dequeue());
        }
    }

    // A released and claimed-again id has a newer expiry: its older queue entry must not forget it.
    private void Forget((string EventId, DateTimeOffset Until) entry)
    {
        if (_claimedUntil.TryGetValue(entry.EventId, out var until) && until == entry.Until)
        {
            _claimedUntil.Remove(entry.EventId);
        }
    }
}
