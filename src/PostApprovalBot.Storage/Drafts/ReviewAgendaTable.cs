using Azure;
using Azure.Data.Tables;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Drafts;

/// <summary>
/// The review clock's agenda: table <c>agenda</c>, one partition, one row per (moment, draft) keyed oldest first,
/// so "what is due now" is one range query from the start of the partition whose size follows what is due, not the
/// number of drafts in review. Rows are written by the outbox dispatcher with each change (<see cref="ChangeEffects"/>);
/// a row whose draft moved on is read once, found moot by the clock, and removed.
/// </summary>
public sealed class ReviewAgendaTable(TableStorage storage) : IReviewAgenda
{
    private const string Partition = "due";
    private const int MaxPerTransaction = 100;
    private readonly TableClient _table = storage.Table(TableNames.Agenda);

    public Task AddAsync(string draftId, IReadOnlyList<DateTimeOffset> wakeUps, CancellationToken cancellationToken) =>
        wakeUps.Count == 0
            ? Task.CompletedTask
            : Task.WhenAll(wakeUps.Distinct().Chunk(MaxPerTransaction).Select(chunk => _table.SubmitTransactionAsync(
                chunk.Select(at => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                    new TableEntity(Partition, Key(at, draftId)) { ["DraftId"] = draftId, ["DueAt"] = at })),
                cancellationToken)));

    public async Task<IReadOnlyList<AgendaEntry>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var filter = $"PartitionKey eq '{Partition}' and RowKey lt '{TableKey.OldestFirst(now)}|~'";
        var due = new List<AgendaEntry>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken))
        {
            due.Add(new AgendaEntry(row.GetString("DraftId"), row.GetDateTimeOffset("DueAt") ?? now, row.RowKey));
            if (due.Count >= max) break;
        }
        return due;
    }

    public async Task DoneAsync(AgendaEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await _table.DeleteEntityAsync(Partition, entry.Key, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Another instance's pass handled it too (reminders are claimed, so nothing went out twice).
        }
    }

    private static string Key(DateTimeOffset at, string draftId) => TableKey.OldestFirst(at) + "|" + TableKey.Encode(draftId);
}
