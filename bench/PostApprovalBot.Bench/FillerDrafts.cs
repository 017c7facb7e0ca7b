using System.Diagnostics;
using Azure.Data.Tables;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Bench;

/// <summary>
/// Fills storage fast: copies of a draft the host committed, with its id replaced. Every row of every table keyed by
/// the template draft's id (partition or row key) is copied, so an index the storage code adds later (a
/// due-time index, an account index) is filled too without this class knowing its layout. Rows in the draft's own
/// partitions are written one transaction per copy; rows in shared partitions (inbox, indexes) in batches of 100.
/// Upserts, so a batch the SDK retries after a timeout does not fail on rows its first attempt wrote. Writes go
/// through a client of their own, so the bot's request counter never sees them.
/// </summary>
public sealed class FillerDrafts(TableServiceClient service, string tablePrefix, string templateId)
{
    /// <summary>
    /// Tables never copied: configuration, people and chat messages, and rows that would make the host act
    /// (outbox, claims) or break a hash chain (ledger, audit).
    /// </summary>
    private static readonly HashSet<string> NotCopied = ["accounts", "grants", "routes", "groups", "settings", "people", "cards", "claims", "outbox", "ledger", "audit"];
    private const int Parallelism = 16;
    private readonly HashSet<string> _issued = [templateId];
    private List<(string Table, TableEntity Row)>? _template;

    /// <summary>Copies written so far.</summary>
    public int Written { get; private set; }

    /// <summary>The tables and row counts one copy writes, e.g. "drafts 3, inbox 7".</summary>
    public string CopyShape => _template is null ? "" : string.Join(", ", _template.GroupBy(t => t.Table).Select(g => $"{g.Key} {g.Count()}"));

    /// <summary>Writes <paramref name="count"/> more copies; <paramref name="progress"/> hears about every 1,000.</summary>
    public async Task WriteAsync(int count, Action<string>? progress = null)
    {
        if (count <= 0) return;
        _template ??= await ReadTemplateAsync();
        var ids = NewIds(count);
        var clock = Stopwatch.StartNew();
        var ownRows = _template.Where(t => t.Row.PartitionKey.Contains(templateId, StringComparison.Ordinal)).ToList();
        var sharedRows = _template.Except(ownRows).ToList();
        var done = 0;
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (id, ct) =>
        {
            foreach (var partition in ownRows.Select(t => (t.Table, Row: Copy(t.Row, id))).GroupBy(t => (t.Table, t.Row.PartitionKey)))
                await Table(partition.Key.Table).SubmitTransactionAsync(partition.Select(t => new TableTransactionAction(TableTransactionActionType.UpsertReplace, t.Row)), ct);
            var n = Interlocked.Increment(ref done);
            if (n % 1_000 == 0) progress?.Invoke($"{Written + n} filler drafts ({n / clock.Elapsed.TotalSeconds:0}/s)");
        });
        var shared = ids.SelectMany(id => sharedRows.Select(t => (t.Table, Row: Copy(t.Row, id))))
            .GroupBy(t => (t.Table, t.Row.PartitionKey)).SelectMany(p => p.Chunk(100));
        await Parallel.ForEachAsync(shared, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (chunk, ct) =>
            await Table(chunk[0].Table).SubmitTransactionAsync(chunk.Select(t => new TableTransactionAction(TableTransactionActionType.UpsertReplace, t.Row)), ct));
        Written += count;
    }

    private TableClient Table(string name) => service.GetTableClient(tablePrefix + name);

    // Ids shaped like the bot's own, never one issued before.
    private List<string> NewIds(int count)
    {
        var ids = new List<string>(count);
        while (ids.Count < count)
        {
            var id = DraftIds.New();
            if (_issued.Add(id)) ids.Add(id);
        }
        return ids;
    }

    private async Task<List<(string Table, TableEntity Row)>> ReadTemplateAsync()
    {
        var rows = new List<(string, TableEntity)>();
        await foreach (var table in service.QueryAsync($"TableName ge '{tablePrefix}' and TableName lt '{tablePrefix}{{'"))
        {
            var name = table.Name[tablePrefix.Length..];
            if (NotCopied.Contains(name)) continue;
            await foreach (var row in Table(name).QueryAsync<TableEntity>())
                if (Names(row)) rows.Add((name, row));
        }
        if (!rows.Any(r => r.Item2.PartitionKey.Contains(templateId, StringComparison.Ordinal)))
            throw new InvalidOperationException($"No partition of draft {templateId} was found to copy.");
        return rows;
    }

    // A row keyed by the draft's id. One that only mentions it (a shared counter, say) would be overwritten by every
    // copy rather than accumulate, so it is left alone.
    private bool Names(TableEntity row) =>
        row.PartitionKey.Contains(templateId, StringComparison.Ordinal) || row.RowKey.Contains(templateId, StringComparison.Ordinal);

    private TableEntity Copy(TableEntity template, string id)
    {
        var copy = new TableEntity(template.PartitionKey.Replace(templateId, id, StringComparison.Ordinal), template.RowKey.Replace(templateId, id, StringComparison.Ordinal));
        foreach (var (key, value) in template)
        {
            if (key is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag") continue;
            copy[key] = value is string text ? text.Replace(templateId, id, StringComparison.Ordinal) : value;
        }
        return copy;
    }
}
