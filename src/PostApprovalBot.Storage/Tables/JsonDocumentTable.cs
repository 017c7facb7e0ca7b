using Azure;
using Azure.Data.Tables;
using PostApprovalBot.Storage.Serialization;

namespace PostApprovalBot.Storage.Tables;

/// <summary>
/// The one generic helper behind the configuration repositories: a typed document stored as JSON
/// under a partition and row key. Keys are encoded here, so callers pass plain ids.
/// </summary>
public sealed class JsonDocumentTable<T>(TableClient table)
{
    private const string DocumentProperty = "Doc";

    public async Task<T?> GetAsync(string partition, string row, CancellationToken cancellationToken)
    {
        // Ids come from requests (a chosen account, a Slack user id): one too long for a key names nothing stored.
        if (!TableKey.TryEncode(partition, out var partitionKey) || !TableKey.TryEncode(row, out var rowKey)) return default;
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
        return response.HasValue ? Read(response.Value!) : default;
    }

    public async Task<IReadOnlyList<T>> ListAsync(string partition, CancellationToken cancellationToken)
    {
        if (!TableKey.TryEncode(partition, out var partitionKey)) return [];
        var filter = $"PartitionKey eq {TableKey.Literal(partitionKey)}";
        var items = new List<T>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) items.Add(Read(entity));
        return items;
    }

    public async Task<IReadOnlyList<T>> ListAllAsync(CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await foreach (var entity in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken)) items.Add(Read(entity));
        return items;
    }

    /// <summary>
    /// One page of the table in key order, at most <paramref name="size"/> rows, and the token of the next (null at the
    /// end): for lists on screen, whose cost must be the page shown rather than every row the table has gathered.
    /// </summary>
    public async Task<(IReadOnlyList<T> Items, string? Next)> ListPageAsync(string? continuation, int size, CancellationToken cancellationToken)
    {
        await foreach (var page in table.QueryAsync<TableEntity>(maxPerPage: size, cancellationToken: cancellationToken).AsPages(continuation, size))
            return (page.Values.Select(Read).ToList(), page.ContinuationToken);
        return ([], null);
    }

    public Task UpsertAsync(string partition, string row, T document, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(Entity(partition, row, document), TableUpdateMode.Replace, cancellationToken);

    /// <summary>Removes the document; one already gone is no error (a retry, or a second writer that got there first).</summary>
    public async Task DeleteAsync(string partition, string row, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(TableKey.Encode(partition), TableKey.Encode(row), ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already gone.
        }
    }

    /// <summary>Documents of one partition in as few transactions as possible (100 rows each); the last of a repeated row wins.</summary>
    public Task UpsertAllAsync(string partition, IEnumerable<(string Row, T Document)> documents, CancellationToken cancellationToken) =>
        Task.WhenAll(documents.Reverse().DistinctBy(d => d.Row).Chunk(100).Select(chunk => table.SubmitTransactionAsync(
            chunk.Select(d => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Entity(partition, d.Row, d.Document))), cancellationToken)));

    private static TableEntity Entity(string partition, string row, T document)
    {
        var entity = new TableEntity(TableKey.Encode(partition), TableKey.Encode(row));
        ChunkedText.Write(entity, DocumentProperty, StorageJson.Serialize(document));
        return entity;
    }

    private static T Read(TableEntity entity) => StorageJson.Deserialize<T>(ChunkedText.Read(entity, DocumentProperty));
}
