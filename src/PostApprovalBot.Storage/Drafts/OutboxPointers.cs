using Azure;
using Azure.Data.Tables;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Drafts;

/// <summary>
/// "Draft X may have undelivered outbox rows": one row per draft in the <c>outbox</c> table's <c>pending</c>
/// partition, so the recovery pass finds committed-but-undelivered changes without scanning every draft. A change
/// announces its draft before its commit (while the draft is being read, so it adds no round trip of its own), and
/// announcements are group-committed: under load one transaction carries many drafts' announcements. Only the
/// recovery pass removes a pointer, once its draft has nothing left to deliver and the pointer is older than any
/// commit in flight could be.
/// </summary>
public sealed class OutboxPointers
{
    public const string Partition = "pending";
    private const int MaxPerTransaction = 100;
    private readonly TableClient _table;
    private readonly TimeProvider _clock;
    private readonly GroupCommit<string> _announcements;

    public OutboxPointers(TableStorage storage, TimeProvider clock)
    {
        _table = storage.Table(TableNames.Outbox);
        _clock = clock;
        _announcements = new GroupCommit<string>(WriteAsync, MaxPerTransaction);
    }

    public Task AnnounceAsync(string draftId) => _announcements.SubmitAsync([TableKey.Encode(draftId)]);

    /// <summary>Pointers last announced before <paramref name="before"/>: drafts whose changes should all be delivered by now.</summary>
    public async IAsyncEnumerable<(string DraftId, ETag ETag)> OlderThanAsync(
        DateTimeOffset before, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = $"PartitionKey eq '{Partition}' and AnnouncedAt lt {TableKey.DateTimeLiteral(before)}";
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, select: ["RowKey", "AnnouncedAt"], cancellationToken: cancellationToken))
            yield return (TableKey.Decode(row.RowKey), row.ETag);
    }

    /// <summary>Removes the pointer unless it was announced again since it was read (then a change may be in flight).</summary>
    public async Task RemoveAsync(string draftId, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await _table.DeleteEntityAsync(Partition, TableKey.Encode(draftId), etag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
        }
    }

    private Task WriteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var at = _clock.GetUtcNow();
        // Upserts: announcing a draft that is already announced only moves its time forward.
        var actions = keys.Distinct().Select(key => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace, new TableEntity(Partition, key) { ["AnnouncedAt"] = at })).ToList();
        return _table.SubmitTransactionAsync(actions, cancellationToken);
    }
}
