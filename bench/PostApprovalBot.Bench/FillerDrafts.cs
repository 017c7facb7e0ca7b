using Azure.Data.Tables;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Bench;

/// <summary>
/// Fills storage fast: copies of a draft the repository committed (its partition's rows, same sizes, its id replaced),
/// one transaction per copied draft, and its inbox rows added in batches of 100 per inbox partition. Upserts, so a
/// batch the SDK retries after a timeout does not fail on rows its first attempt wrote.
/// </summary>
public sealed class FillerDrafts(TableStorage storage, string templateId)
{
    private const int Parallelism = 16;
    private List<TableEntity>? _draftRows;
    private List<TableEntity>? _inboxRows;
    private int _written;

    public async Task WriteAsync(int count)
    {
        if (count <= 0) return;
        var drafts = storage.Table(TableNames.Drafts);
        var inbox = storage.Table(TableNames.Inbox);
        _draftRows ??= await ReadAsync(drafts, $"PartitionKey eq '{templateId}'");
        _inboxRows ??= await ReadAsync(inbox, $"DraftId eq '{templateId}'");
        var ids = Enumerable.Range(_written + 1, count).Select(n => $"F-{n:D7}").ToList();
        _written += count;
        var done = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (id, ct) =>
        {
            await drafts.SubmitTransactionAsync(_draftRows.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Copy(row, id, id))), ct);
            if (Interlocked.Increment(ref done) % 5_000 == 0) await Console.Error.WriteLineAsync($"  … {done} filler drafts written in {clock.Elapsed.TotalSeconds:0} s");
        });
        var inboxCopies = ids.SelectMany(id => _inboxRows.Select(row => Copy(row, row.PartitionKey, id))).GroupBy(r => r.PartitionKey).SelectMany(p => p.Chunk(100));
        await Parallel.ForEachAsync(inboxCopies, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (chunk, ct) =>
            await inbox.SubmitTransactionAsync(chunk.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)), ct));
    }

    private static async Task<List<TableEntity>> ReadAsync(TableClient table, string filter)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter)) rows.Add(row);
        return rows;
    }

    private TableEntity Copy(TableEntity template, string partition, string id)
    {
        var copy = new TableEntity(partition, template.RowKey.Replace(templateId, id, StringComparison.Ordinal));
        foreach (var (key, value) in template)
        {
            if (key is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag") continue;
            copy[key] = value is string text ? text.Replace(templateId, id, StringComparison.Ordinal) : value;
        }
        return copy;
    }
}
