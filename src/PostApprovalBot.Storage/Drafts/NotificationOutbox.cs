using Azure;
using Azure.Data.Tables;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Drafts;

/// <summary>
/// The outbox. Each change's notification is a row "out-&lt;sequence&gt;" in the draft's own partition, written in
/// the same transaction as the change, with the change's effects outside the partition (<see cref="ChangeEffects"/>):
/// it is the one intent from which everything after the commit is done. Drafts with rows to deliver are found through
/// <see cref="OutboxPointers"/>. Leases are ETag-guarded updates of the row.
/// </summary>
public sealed class NotificationOutbox(TableStorage storage, OutboxPointers pointers, ChangeEffectsWriter effects, TimeProvider clock) : INotificationOutbox
{
    public const string RowPrefix = "out-";
    private const string RowRangeEnd = "out.";
    private const string EffectsDocument = "Fx";
    public const string ParkedPartition = "parked";
    private readonly TableClient _drafts = storage.Table(TableNames.Drafts);
    private readonly TableClient _parked = storage.Table(TableNames.Outbox);

    /// <summary>For tools and tests without dependency injection.</summary>
    public static NotificationOutbox On(TableStorage storage, TimeProvider clock) => new(storage, new OutboxPointers(storage, clock),
        new ChangeEffectsWriter(new DraftIndex(storage), new PostingCalendar(storage), new ReviewAgendaTable(storage), storage), clock);

    public static string Key(long sequence) => $"{RowPrefix}{sequence:D8}";

    public static TableEntity Row(string partition, string key, DraftChange change, ChangeEffects changeEffects, DateTimeOffset at)
    {
        var row = DraftRows.Json(partition, key, change.Events);
        ChunkedText.Write(row, EffectsDocument, Serialization.StorageJson.Serialize(changeEffects));
        row["CreatedAt"] = at;
        row["Attempts"] = 0;
        return row;
    }

    /// <summary>The notification as committed, so the fast path can lease it without reading it back.</summary>
    public static PendingNotification Committed(string draftId, TableEntity row, ETag etag) => Read(draftId, row) with { Version = etag.ToString() };

    public async Task<IReadOnlyList<PendingNotification>> ListDueAsync(DateTimeOffset recordedBefore, int max, CancellationToken cancellationToken)
    {
        var due = new List<PendingNotification>();
        await foreach (var (draftId, etag) in pointers.OlderThanAsync(recordedBefore, cancellationToken))
        {
            var rows = await RowsAsync(storage, draftId, cancellationToken);
            // Nothing left but what was parked: the pointer has done its work (unless announced again since it was read).
            if (rows.All(r => r.GetBoolean("Parked") == true)) await pointers.RemoveAsync(draftId, etag, cancellationToken);
            due.AddRange(rows.Where(r => r.GetBoolean("Parked") != true).Select(r => Read(draftId, r))
                .Where(n => n.LeasedUntil is not { } until || until <= clock.GetUtcNow()));
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

    public Task ApplyEffectsAsync(PendingNotification notification, CancellationToken cancellationToken) =>
        notification.Effects is { } stored
            ? effects.ApplyAsync(Serialization.StorageJson.Deserialize<ChangeEffects>(stored), cancellationToken)
            : Task.CompletedTask;

    public async Task RetryAtAsync(PendingNotification notification, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var patch = new TableEntity(TableKey.Encode(notification.DraftId), notification.Key) { ["LeaseUntil"] = at };
        try
        {
            await _drafts.UpdateEntityAsync(patch, new ETag(notification.Version), TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Finished or taken over meanwhile: nothing to shorten.
        }
    }

    // The pointer stays: the recovery pass removes it once the draft has nothing left to deliver.
    public Task CompleteAsync(PendingNotification notification, CancellationToken cancellationToken) =>
        DeleteQuietlyAsync(_drafts, TableKey.Encode(notification.DraftId), notification.Key);

    public async Task ParkAsync(PendingNotification notification, string reason, CancellationToken cancellationToken)
    {
        var patch = new TableEntity(TableKey.Encode(notification.DraftId), notification.Key) { ["Parked"] = true, ["ParkReason"] = reason, ["ParkedAt"] = clock.GetUtcNow() };
        await _drafts.UpdateEntityAsync(patch, ETag.All, TableUpdateMode.Merge, cancellationToken);
        await _parked.UpsertEntityAsync(new TableEntity(ParkedPartition, TableKey.Encode(notification.DraftId) + "|" + notification.Key) { ["Reason"] = reason },
            TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The draft's outbox rows, oldest first: one range of its partition.</summary>
    public static async Task<IReadOnlyList<TableEntity>> RowsAsync(TableStorage storage, string draftId, CancellationToken cancellationToken)
    {
        var partition = TableKey.Literal(TableKey.Encode(draftId));
        var filter = $"PartitionKey eq {partition} and RowKey ge '{RowPrefix}' and RowKey lt '{RowRangeEnd}'";
        var rows = new List<TableEntity>();
        await foreach (var row in storage.Table(TableNames.Drafts).QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) rows.Add(row);
        return rows;
    }

    /// <summary>The effects stored on an outbox row (null on rows written before effects were kept).</summary>
    public static ChangeEffects? EffectsOf(TableEntity row) =>
        row.ContainsKey(EffectsDocument + "Chunks") ? Serialization.StorageJson.Deserialize<ChangeEffects>(ChunkedText.Read(row, EffectsDocument)) : null;

    private static PendingNotification Read(string draftId, TableEntity row) => new(
        draftId, row.RowKey, DraftRows.Read<List<DraftEvent>>(row), row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        row.GetInt32("Attempts") ?? 0, row.ETag.ToString(), row.GetDateTimeOffset("LeaseUntil"),
        row.ContainsKey(EffectsDocument + "Chunks") ? ChunkedText.Read(row, EffectsDocument) : null);

    private static async Task DeleteQuietlyAsync(TableClient table, string partition, string row)
    {
        try { await table.DeleteEntityAsync(partition, row, ETag.All); }
        catch (RequestFailedException e) when (e.Status == 404) { }
    }
}
