using System.Collections.Concurrent;

namespace PostApprovalBot.Storage.Tables;

/// <summary>
/// Group commit: callers hand in items and wait; whoever finds no flush running becomes the flusher and writes
/// everything waiting, up to <c>maxBatch</c> items a time, until nobody waits. Under load, one write carries many
/// callers' items, so a hot partition (the day's ledger head, the outbox pointers) costs one round trip per batch,
/// not per caller, and nobody queues behind a lock held for a single item.
/// </summary>
public sealed class GroupCommit<T>(Func<IReadOnlyList<T>, CancellationToken, Task> flush, int maxBatch)
{
    private readonly ConcurrentQueue<(T Item, TaskCompletionSource Done)> _waiting = new();
    private int _flushing;

    /// <summary>Nothing waiting and no write running (a moment later, somebody may have handed in more).</summary>
    public bool IsIdle => _waiting.IsEmpty && Volatile.Read(ref _flushing) == 0;

    /// <summary>Completes when the items are written; throws what their batch's write threw.</summary>
    public Task SubmitAsync(IReadOnlyList<T> items)
    {
        if (items.Count == 0) return Task.CompletedTask;
        var done = items.Select(item =>
        {
            var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Enqueue((item, completion));
            return completion.Task;
        }).ToList();
        _ = DrainAsync();
        return Task.WhenAll(done);
    }

    private async Task DrainAsync()
    {
        // Re-checked after letting go: an item queued just as the last flusher finished is not left waiting.
        while (!_waiting.IsEmpty && Interlocked.CompareExchange(ref _flushing, 1, 0) == 0)
        {
            try
            {
                while (TakeBatch() is { Count: > 0 } batch) await FlushAsync(batch);
            }
            finally
            {
                Volatile.Write(ref _flushing, 0);
            }
        }
    }

    private List<(T Item, TaskCompletionSource Done)> TakeBatch()
    {
        var batch = new List<(T, TaskCompletionSource)>();
        while (batch.Count < maxBatch && _waiting.TryDequeue(out var next)) batch.Add(next);
        return batch;
    }

    private async Task FlushAsync(List<(T Item, TaskCompletionSource Done)> batch)
    {
        try
        {
            await flush(batch.Select(b => b.Item).ToList(), CancellationToken.None);
            foreach (var (_, done) in batch) done.TrySetResult();
        }
        catch (Exception e)
        {
            foreach (var (_, done) in batch) done.TrySetException(e);
        }
    }
}
