using Azure;
using Azure.Data.Tables;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Drafts;

/// <summary>
/// The inbox table: one partition per submitter, approver and account, so "my drafts", "waiting for me"
/// and "drafts of account A" are partition queries whatever the number of drafts. It cannot share a
/// transaction with the draft's partition: a new draft's submitter and account rows are written just before its
/// commit, every other row follows the change from its outbox row (see <see cref="ChangeEffects"/>) and may lag the
/// commit by a moment (an approver's row is written before their card is sent). A row left behind is checked by
/// readers against the draft itself and removed.
/// </summary>
public sealed class DraftIndex(TableStorage storage)
{
    private const int PageRows = 100;
    private readonly TableClient _table = storage.Table(TableNames.Inbox);

    public static string SubmitterPartition(PersonId person) => TableKey.Encode("submitter|" + person.Value);

    /// <summary>
    /// Drafts whose current step has a stage of this approver group: one row per group, not per person, so moving a
    /// draft from one step to the next writes a row or two whatever the size of the groups. "Waiting for me" reads the
    /// partitions of the person's groups and keeps the drafts whose pending approvers name them.
    /// </summary>
    public static string StagePartition(string groupId) => TableKey.Encode("waiting|" + groupId);

    public static string AccountPartition(string accountId) => TableKey.Encode("account|" + accountId);

    /// <summary>
    /// A new draft's rows in its submitter's and its account's lists, written before its commit beside the outbox
    /// announcement (no extra round trip): "my drafts" shows it as soon as the submitter is told it was sent. A failed
    /// commit leaves a row that names no draft, which readers skip.
    /// </summary>
    public Task AddSubmissionAsync(Draft draft, CancellationToken cancellationToken) => Task.WhenAll(
        new[] { SubmitterPartition(draft.Submitter.Id), AccountPartition(draft.AccountId) }
            .Select(p => _table.UpsertEntityAsync(Row(p, draft.SubmittedAt, draft.Id), TableUpdateMode.Replace, cancellationToken)));

    public Task ApplyAsync(ChangeEffects effects, CancellationToken cancellationToken) => Task.WhenAll(
        effects.InboxAdd.Select(p => _table.UpsertEntityAsync(Row(p, effects.SubmittedAt, effects.DraftId), TableUpdateMode.Replace, cancellationToken))
            .Concat(effects.InboxRemove.Select(p => RemoveAsync(p, effects.SubmittedAt, effects.DraftId, cancellationToken))));

    /// <summary>A reader's tidy-up of a row that no longer holds: a failure only leaves it for the next reader.</summary>
    public Task TidyAsync(string partition, Draft draft, CancellationToken cancellationToken) =>
        TidyAsync(partition, RowKey(draft.SubmittedAt, draft.Id), cancellationToken);

    /// <inheritdoc cref="TidyAsync(string, Draft, CancellationToken)"/>
    public async Task TidyAsync(string partition, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await RemoveAsync(partition, rowKey, cancellationToken);
        }
        catch (RequestFailedException)
        {
        }
    }

    /// <summary>
    /// Whether a row is the one the draft's own submission time keys. A submission whose id turned out to be taken (a retry of a
    /// request already stored, or a rare collision) wrote its rows under its own time before its commit failed: such a row names
    /// an existing draft, at the wrong place in the list and besides the draft's own row.
    /// </summary>
    public static bool IsRowOf(string rowKey, Draft draft) => rowKey == RowKey(draft.SubmittedAt, draft.Id);

    /// <summary>
    /// Draft ids in several partitions, newest first, each once (a row key sorts by submission time): the partitions are
    /// merged as they are read, so a reader that stops after a page of drafts has read about a page of each partition,
    /// however long the lists are.
    /// </summary>
    public async IAsyncEnumerable<(string Partition, string DraftId)> DraftIdsAsync(
        IReadOnlyCollection<string> partitions, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursors = new List<(IAsyncEnumerator<(string RowKey, string DraftId)> Rows, string Partition)>();
        try
        {
            foreach (var partition in partitions)
            {
                var rows = RowsAsync(partition, cancellationToken).GetAsyncEnumerator(cancellationToken);
                cursors.Add((rows, partition));
                if (!await rows.MoveNextAsync()) cursors.RemoveAt(cursors.Count - 1);
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (cursors.Count > 0)
            {
                var next = cursors.MinBy(c => c.Rows.Current.RowKey, StringComparer.Ordinal);
                if (seen.Add(next.Rows.Current.DraftId)) yield return (next.Partition, next.Rows.Current.DraftId);
                if (!await next.Rows.MoveNextAsync()) cursors.Remove(next);
            }
        }
        finally
        {
            foreach (var (rows, _) in cursors) await rows.DisposeAsync();
        }
    }

    /// <summary>A partition's rows, newest first.</summary>
    public async IAsyncEnumerable<(string RowKey, string DraftId)> RowsAsync(
        string partition, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = $"PartitionKey eq {TableKey.Literal(partition)}";
        // Pages of a list's length rather than the service's 1,000: a list shows a page, and the next page is read only if asked for.
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, PageRows, ["RowKey", "DraftId"], cancellationToken))
            yield return (row.RowKey, row.GetString("DraftId"));
    }

    private Task RemoveAsync(string partition, DateTimeOffset submittedAt, string draftId, CancellationToken cancellationToken) =>
        RemoveAsync(partition, RowKey(submittedAt, draftId), cancellationToken);

    private async Task RemoveAsync(string partition, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await _table.DeleteEntityAsync(partition, rowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already gone: a retry, or a reader that met the stale row first.
        }
    }

    private static TableEntity Row(string partition, DateTimeOffset submittedAt, string draftId) =>
        new(partition, RowKey(submittedAt, draftId)) { ["DraftId"] = draftId };

    private static string RowKey(DateTimeOffset submittedAt, string draftId) => TableKey.NewestFirst(submittedAt) + "|" + TableKey.Encode(draftId);
}
