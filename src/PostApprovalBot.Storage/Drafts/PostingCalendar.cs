using Azure;
using Azure.Data.Tables;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Drafts;

/// <summary>
/// When each account's live drafts go out: partition <c>posts|&lt;account&gt;</c> of the inbox table, one row per
/// draft keyed by its publication time (oldest first), so the frequency rules read the posts around a date with
/// one range query, whatever the account's history. Kept by the outbox dispatcher (<see cref="ChangeEffects"/>).
/// </summary>
public sealed class PostingCalendar(TableStorage storage)
{
    private readonly TableClient _table = storage.Table(TableNames.Inbox);

    public static string Partition(string accountId) => TableKey.Encode("posts|" + accountId);

    public async Task MoveAsync(ChangeEffects effects, CancellationToken cancellationToken)
    {
        var partition = Partition(effects.AccountId);
        if (effects.PostTimeRemoved is { } old)
        {
            try
            {
                await _table.DeleteEntityAsync(partition, RowKey(old, effects.DraftId), ETag.All, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
            }
        }
        if (effects.PostTimeAdded is { } at)
            await _table.UpsertEntityAsync(new TableEntity(partition, RowKey(at, effects.DraftId)) { ["DraftId"] = effects.DraftId, ["At"] = at },
                TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<DateTimeOffset>> BetweenAsync(
        string accountId, DateTimeOffset from, DateTimeOffset to, string? exceptDraftId, CancellationToken cancellationToken)
    {
        var filter = $"PartitionKey eq {TableKey.Literal(Partition(accountId))} and RowKey ge '{TableKey.OldestFirst(from)}' and RowKey lt '{TableKey.OldestFirst(to)}|~'";
        var times = new List<DateTimeOffset>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, select: ["DraftId", "At"], cancellationToken: cancellationToken))
            if (row.GetString("DraftId") != exceptDraftId && row.GetDateTimeOffset("At") is { } at) times.Add(at);
        return times;
    }

    private static string RowKey(DateTimeOffset at, string draftId) => TableKey.OldestFirst(at) + "|" + TableKey.Encode(draftId);
}
