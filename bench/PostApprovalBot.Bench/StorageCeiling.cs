using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Data.Tables;
using PostApprovalBot.Storage.Drafts;

namespace PostApprovalBot.Bench;

/// <summary>
/// What storage alone does for the decision the bot should make: one point read of a draft header, then one
/// entity-group transaction replacing it (If-Match) and adding two rows in its partition. Azure.Data.Tables
/// straight against the same Azurite and the bot's own drafts table (same table size), no HTTP, no host; every
/// decision on a partition of its own; the workers released together. The rows are copies of a real draft's
/// header and two of its other rows, so the sizes are the bot's.
/// </summary>
public sealed class StorageCeiling(string connectionString, string tablePrefix)
{
    private const string Partition = "ceiling-";

    public async Task<CeilingResult> MeasureAsync(string realDraftId, int decisions, int workers)
    {
        var table = new TableClient(connectionString, tablePrefix + "drafts");
        var (header, added) = await RealRowsAsync(table, realDraftId);
        var partitions = Enumerable.Range(0, workers + decisions).Select(i => $"{Partition}{Guid.NewGuid():N}-{i:D6}").ToList();
        await Parallel.ForEachAsync(partitions, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (p, ct) =>
            await table.UpsertEntityAsync(Copy(header, p, header.RowKey), TableUpdateMode.Replace, ct));
        await RunAsync(table, partitions[..workers], added, workers); // warm-up: connections and JIT
        var latencies = new ConcurrentBag<double>();
        var elapsed = await RunAsync(table, partitions[workers..], added, workers, latencies);
        return new CeilingResult(decisions, workers, elapsed, LatencySummary.Of(latencies));
    }

    private static async Task<TimeSpan> RunAsync(TableClient table, IReadOnlyList<string> partitions, IReadOnlyList<TableEntity> added, int workers, ConcurrentBag<double>? latencies = null)
    {
        var queue = new ConcurrentQueue<string>(partitions);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            while (queue.TryDequeue(out var partition))
            {
                var began = Stopwatch.GetTimestamp();
                var current = (await table.GetEntityAsync<TableEntity>(partition, DraftRows.HeaderRow)).Value;
                current["BenchDecisions"] = 1;
                await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, current, current.ETag),
                    .. added.Select(row => new TableTransactionAction(TableTransactionActionType.Add, Copy(row, partition, row.RowKey))),
                ]);
                latencies?.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
            }
        })).ToList();
        var started = Stopwatch.GetTimestamp();
        start.SetResult();
        await Task.WhenAll(tasks);
        return Stopwatch.GetElapsedTime(started);
    }

    // The real draft's header (under the header key the bench reads, whatever the real one's key) and two other rows.
    private static async Task<(TableEntity Header, IReadOnlyList<TableEntity> Added)> RealRowsAsync(TableClient table, string draftId)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(r => r.PartitionKey == draftId)) rows.Add(row);
        if (rows.Count == 0) throw new InvalidOperationException($"Draft {draftId} has no rows in the drafts table.");
        var header = rows.FirstOrDefault(r => r.RowKey == DraftRows.HeaderRow) ?? rows.MaxBy(r => r.Count)!;
        var others = rows.Where(r => r != header).DefaultIfEmpty(header).ToList();
        var added = new[] { Copy(others[0], "", "ceiling-row-1"), Copy(others[^1], "", "ceiling-row-2") };
        return (Copy(header, "", DraftRows.HeaderRow), added);
    }

    private static TableEntity Copy(TableEntity template, string partition, string rowKey)
    {
        var copy = new TableEntity(partition, rowKey);
        foreach (var (key, value) in template)
            if (key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")) copy[key] = value;
        return copy;
    }
}

/// <summary>Raw storage decisions: how many per second and their latency (read + transaction).</summary>
public sealed record CeilingResult(int Decisions, int Workers, TimeSpan Elapsed, LatencySummary Latency)
{
    public double PerSecond => Decisions / Elapsed.TotalSeconds;
}
