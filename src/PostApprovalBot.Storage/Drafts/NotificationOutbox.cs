using Azure;
using Azure.Data.Tables;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Drafts;

/// <summary>
/// The outbox. Each change's notification is a row "out-&lt;sequence&gt;" in the draft's own partition,
/// written in the same transaction as the change. So that pending rows can be found without scanning every
/// draft, a pointer row is added to the <c>outbox</c> table before the commit (a pointer whose commit failed
/// is recognised later by its missing row and removed). Leases are ETag-guarded updates of the row.
/// </summary>
public sealed class NotificationOutbox(TableStorage storage, TimeProvider clock) : INotificationOutbox
{
    public const string RowPrefix = "out-";
    private const string Pending = "pending";
    private const string Parked = "parked";
    private readonly TableClient _drafts = storage.Table(TableNames.Drafts);
    private readonly TableClient _pointers = storage.Table(TableNames.Outbox);

    public static string Key(long sequence) => $"{RowPrefix}{sequence:D8}";

    public static TableEntity Row(string partition, string key, DraftChange change, DateTimeOffset at)
    {
        var row = DraftRows.Json(partition, key, change.Events);
        row["CreatedAt"] = at;
        row["Attempts"] = 0;
        return row;
    }

    public Task AddPointerBeforeCommitAsync(string draftId, string key, CancellationToken ct) =>
        _pointers.UpsertEntityAsync(new TableEntity(Pending, PointerKey(draftId, key)) { ["CreatedAt"] = clock.GetUtcNow() }, TableUpdateMode.Replace, ct);

    public async Task<IReadOnlyList<PendingNotification>> ListDueAsync(DateTimeOffset recordedBefore, int max, CancellationToken cancellationToken)
    {
        var due = new List<PendingNotification>();
        var filter = $"PartitionKey eq '{Pending}' and CreatedAt lt datetime'{recordedBefore.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffffffZ}'";
        await foreach (var pointer in _pointers.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var (draftId, key) = SplitPointer(pointer.RowKey);
            var notification = await GetAsync(draftId, key, cancellationToken);
            if (notification is null)
            {
                // Delivered, or its commit never happened: either way nothing is owed.
                await DeleteQuietlyAsync(_pointers, Pending, pointer.RowKey);
                continue;
            }
            if (notification.LeasedUntil is { } until && until > clock.GetUtcNow()) continue;
            due.Add(notification);
            if (due.Count >= max) break;
        }
        return due;
    }

    public async Task<PendingNotification?> GetAsync(string draftId, string key, CancellationToken cancellationToken)
    {
        var row = await _drafts.GetEntityIfExistsAsync<TableEntity>(TableKey.Encode(draftId), key, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value!.GetBoolean("Parked") == true) return null;
        return Read(draftId, row.Value);
    }

    public async Task<PendingNotification?> TryLeaseAsync(PendingNotification notification, TimeSpan duration, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow() + duration;
        var patch = new TableEntity(TableKey.Encode(notification.DraftId), notification.Key) { ["LeaseUntil"] = until, ["Attempts"] = notification.Attempts + 1 };
        try
        {
            var response = await _drafts.UpdateEntityAsync(patch, new ETag(notification.Version), TableUpdateMode.Merge, cancellationToken);
            return notification with { Attempts = notification.Attempts + 1, Version = response.Headers.ETag?.ToString() ?? notification.Version, LeasedUntil = until };
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }
    }

    public async Task CompleteAsync(PendingNotification notification, CancellationToken cancellationToken)
    {
        await DeleteQuietlyAsync(_drafts, TableKey.Encode(notification.DraftId), notification.Key);
        await DeleteQuietlyAsync(_pointers, Pending, PointerKey(notification.DraftId, notification.Key));
    }

    public async Task ParkAsync(PendingNotification notification, string reason, CancellationToken cancellationToken)
    {
        var patch = new TableEntity(TableKey.Encode(notification.DraftId), notification.Key) { ["Parked"] = true, ["ParkReason"] = reason, ["ParkedAt"] = clock.GetUtcNow() };
        await _drafts.UpdateEntityAsync(patch, ETag.All, TableUpdateMode.Merge, cancellationToken);
        await _pointers.UpsertEntityAsync(new TableEntity(Parked, PointerKey(notification.DraftId, notification.Key)) { ["Reason"] = reason }, TableUpdateMode.Replace, cancellationToken);
        await DeleteQuietlyAsync(_pointers, Pending, PointerKey(notification.DraftId, notification.Key));
    }

    private static PendingNotification Read(string draftId, TableEntity row) => new(
        draftId, row.RowKey, DraftRows.Read<List<DraftEvent>>(row), row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        row.GetInt32("Attempts") ?? 0, row.ETag.ToString(), row.GetDateTimeOffset("LeaseUntil"));

    private static string PointerKey(string draftId, string key) => TableKey.Encode(draftId) + "|" + key;

    private static (string DraftId, string Key) SplitPointer(string rowKey)
    {
        var bar = rowKey.LastIndexOf('|');
        return (TableKey.Decode(rowKey[..bar]), rowKey[(bar + 1)..]);
    }

    private static async Task DeleteQuietlyAsync(TableClient table, string partition, string row)
    {
        try { await table.DeleteEntityAsync(partition, row, ETag.All); }
        catch (RequestFailedException e) when (e.Status == 404) { }
    }
}
