using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using PostApprovalBot.Core.Audit.Chain;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Audit;

/// <summary>
/// Writes the daily ledger. It cannot share a transaction with the event it records (another table), so
/// recording happens after the commit and is idempotent: each entry is added together with a reference
/// row keyed by the event, and a second attempt for the same event fails on that row (409) instead of
/// adding a duplicate. A day's entries are chained through its head row, replaced with If-Match.
/// Writes are group-committed: events waiting to be recorded go into the day's chain together, up to what one
/// transaction holds, so the ledger costs one transaction per batch and the process never races itself for
/// the head. One instance per storage account, so every writer in the process shares the batch and the head cache;
/// another instance moving the head costs a 412 and a re-read.
/// </summary>
public sealed class AuditLedger
{
    private const int MaxAttempts = 8;
    private const int MaxItemsPerTransaction = 45; // entry + reference per item, plus the head: under 100 actions
    private static readonly ConditionalWeakTable<TableStorage, AuditLedger> Instances = new();
    private readonly TableClient _table;
    private readonly ConcurrentDictionary<DateOnly, (AuditChainHead Head, ETag? ETag)> _heads = new();
    private readonly GroupCommit<LedgerItem> _batches;

    private AuditLedger(TableStorage storage)
    {
        _table = storage.Table(TableNames.Ledger);
        _batches = new GroupCommit<LedgerItem>(FlushAsync, MaxItemsPerTransaction * 4);
    }

    public static AuditLedger For(TableStorage storage) => Instances.GetValue(storage, s => new AuditLedger(s));

    public async Task<LedgerIntent> MarkPendingAsync(string stream, string subject, long firstSequence, CancellationToken cancellationToken)
    {
        var key = $"{stream}|{TableKey.Encode(subject)}|{firstSequence:D8}|{Guid.NewGuid():N}";
        var intent = new LedgerIntent(stream, subject, firstSequence, key);
        await _table.UpsertEntityAsync(new TableEntity(LedgerRows.PendingPartition, key)
        {
            ["Stream"] = stream,
            ["Subject"] = subject,
            ["FirstSequence"] = firstSequence,
        }, TableUpdateMode.Replace, cancellationToken);
        return intent;
    }

    public async Task ClearPendingAsync(LedgerIntent intent)
    {
        try
        {
            await _table.DeleteEntityAsync(LedgerRows.PendingPartition, intent.RowKey, ETag.All, CancellationToken.None);
        }
        catch (RequestFailedException)
        {
            // Left behind, the intent only makes the repair pass look at events that are already recorded.
        }
    }

    /// <summary>Records the items, together with whatever else is waiting; false when some could not be written now.</summary>
    public async Task<bool> RecordAsync(IReadOnlyList<LedgerItem> items, CancellationToken cancellationToken)
    {
        try
        {
            await _batches.SubmitAsync(items).WaitAsync(cancellationToken);
            return true;
        }
        catch (LedgerContentionException)
        {
            return false;
        }
    }

    private async Task FlushAsync(IReadOnlyList<LedgerItem> items, CancellationToken cancellationToken)
    {
        // The same event may arrive twice in one batch (a retry beside the repair pass); a transaction takes each row once.
        foreach (var day in items.DistinctBy(i => (i.Stream, i.Subject, i.EventSequence)).GroupBy(i => i.Day))
            foreach (var chunk in day.Chunk(MaxItemsPerTransaction))
                if (!await RecordDayAsync(day.Key, chunk, cancellationToken)) throw new LedgerContentionException();
    }

    private sealed class LedgerContentionException() : Exception("The day's ledger head kept moving under other writers.");

    /// <summary>Records after a commit: a failure here must not turn a committed change into an error.</summary>
    public async Task RecordAfterCommitAsync(LedgerIntent intent, IReadOnlyList<LedgerItem> items)
    {
        try
        {
            if (await RecordAsync(items, CancellationToken.None)) await ClearPendingAsync(intent);
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException or TimeoutException or HttpRequestException)
        {
            // Storage failed after the commit: the intent stays, and the repair pass records these events.
        }
    }

    public async Task<bool> ContainsAsync(LedgerItem item, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(LedgerRows.Partition(item.Day),
            LedgerRows.ReferenceKey(item.Stream, item.Subject, item.EventSequence), select: ["RowKey"], cancellationToken: cancellationToken);
        return row.HasValue;
    }

    private async Task<bool> RecordDayAsync(DateOnly day, IReadOnlyList<LedgerItem> items, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var (head, etag) = _heads.TryGetValue(day, out var cached) ? cached : await ReadHeadAsync(day, cancellationToken);
            var entries = LedgerChain.Append(day, head, items);
            var after = new AuditChainHead(entries[^1].Sequence, entries[^1].Hash);
            var actions = new List<TableTransactionAction>
            {
                etag is { } known
                    ? new(TableTransactionActionType.UpdateReplace, LedgerRows.Head(day, after), known)
                    : new(TableTransactionActionType.Add, LedgerRows.Head(day, after)),
            };
            actions.AddRange(entries.Select(e => new TableTransactionAction(TableTransactionActionType.Add, LedgerRows.Entry(e))));
            actions.AddRange(entries.Select(e => new TableTransactionAction(TableTransactionActionType.Add, LedgerRows.Reference(e))));
            try
            {
                var response = await _table.SubmitTransactionAsync(actions, cancellationToken);
                if (response.Value[0].Headers.ETag is { } next) _heads[day] = (after, next);
                else _heads.TryRemove(day, out _);
                return true;
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
            {
                // Another writer moved the head, or some items were recorded already (a retry, the repair pass).
                _heads.TryRemove(day, out _);
                if (e.Status == 409) items = await UnrecordedAsync(items, cancellationToken);
                if (items.Count == 0) return true;
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 40) * (attempt + 1)), cancellationToken);
            }
        }
        return false;
    }

    private async Task<(AuditChainHead, ETag?)> ReadHeadAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(LedgerRows.Partition(day), LedgerRows.HeadRow, cancellationToken: cancellationToken);
        return row.HasValue ? (LedgerRows.ReadHead(row.Value!), row.Value!.ETag) : (AuditChainHead.Empty, null);
    }

    private async Task<IReadOnlyList<LedgerItem>> UnrecordedAsync(IReadOnlyList<LedgerItem> items, CancellationToken cancellationToken)
    {
        var recorded = await Task.WhenAll(items.Select(item => ContainsAsync(item, cancellationToken)));
        return items.Where((_, i) => !recorded[i]).ToList();
    }
}
