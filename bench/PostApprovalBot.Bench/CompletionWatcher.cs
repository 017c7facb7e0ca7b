using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace PostApprovalBot.Bench;

/// <summary>
/// Tells when a draft reached Approved by reading its header row's State column, on a table client of its own so
/// these reads are not counted as the bot's (Slack approvals are decided after the ack, so the answer cannot tell).
/// </summary>
public sealed class CompletionWatcher : IAsyncDisposable
{
    private readonly TableClient _drafts;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _waiting = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public CompletionWatcher(string connectionString, string tablePrefix)
    {
        _drafts = new TableClient(connectionString, tablePrefix + "drafts");
        _loop = Task.Run(() => WatchAsync(_stop.Token));
    }

    public Task<bool> ApprovedAsync(string draftId) =>
        _waiting.GetOrAdd(draftId, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    private async Task WatchAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            foreach (var (id, waiter) in _waiting.ToArray())
            {
                var header = await _drafts.GetEntityIfExistsAsync<TableEntity>(id, "draft", select: ["State"], cancellationToken: ct);
                if (header.HasValue && header.Value!.GetString("State") == "Approved")
                {
                    waiter.TrySetResult(true);
                    _waiting.TryRemove(id, out _);
                }
            }
            await Task.Delay(100, ct);
        }
    }
}
