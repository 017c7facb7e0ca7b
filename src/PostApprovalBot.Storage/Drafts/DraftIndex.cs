using Azure;
using Azure.Data.Tables;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Drafts;

/// <summary>
/// The inbox table: one partition per submitter, approver and account, so "my drafts", "waiting for me"
/// and "drafts of account A" are partition queries whatever the number of drafts. It cannot share a
/// transaction with the draft's partition, so rows are added before the commit and removed after it:
/// a crash leaves at most a stale row, which readers check against the draft and skip.
/// </summary>
public sealed class DraftIndex(TableStorage storage)
{
    private readonly TableClient _table = storage.Table(TableNames.Inbox);

    public static string SubmitterPartition(PersonId person) => TableKey.Encode("submitter|" + person.Value);

    public static string ApproverPartition(PersonId person) => TableKey.Encode("approver|" + person.Value);

    public static string AccountPartition(string accountId) => TableKey.Encode("account|" + accountId);

    /// <summary>Every draft not yet final, for the clock that sends reminders and expires drafts.</summary>
    public const string OpenPartition = "open";

    public Task AddBeforeCommitAsync(DraftChange change, CancellationToken cancellationToken)
    {
        var after = change.After;
        var partitions = after.PendingApprovers.Except(change.Before?.PendingApprovers ?? []).Select(ApproverPartition).ToList();
        if (change.Before is null) partitions.AddRange([SubmitterPartition(after.Submitter.Id), AccountPartition(after.AccountId), OpenPartition]);
        return Task.WhenAll(partitions.Select(p => _table.UpsertEntityAsync(Row(p, after), TableUpdateMode.Replace, cancellationToken)));
    }

    public async Task RemoveAfterCommitAsync(DraftChange change, CancellationToken cancellationToken)
    {
        if (change.Before is null) return;
        var gone = change.Before.PendingApprovers.Except(change.After.PendingApprovers).Select(ApproverPartition).ToList();
        if (change.After.IsFinal) gone.Add(OpenPartition);
        await Task.WhenAll(gone.Select(p => RemoveAsync(p, change.After, cancellationToken)));
    }

    public async Task RemoveAsync(string partition, Draft draft, CancellationToken cancellationToken)
    {
        try
        {
            await _table.DeleteEntityAsync(partition, RowKey(draft.SubmittedAt, draft.Id), ETag.All, cancellationToken);
        }
        catch (RequestFailedException)
        {
            // A row left behind is harmless: readers check every row against the draft itself.
        }
    }

    /// <summary>Draft ids in a partition, newest first.</summary>
    public async IAsyncEnumerable<string> DraftIdsAsync(string partition, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = $"PartitionKey eq {TableKey.Literal(partition)}";
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, select: ["DraftId"], cancellationToken: cancellationToken))
            yield return row.GetString("DraftId");
    }

    private static TableEntity Row(string partition, Draft draft) =>
        new(partition, RowKey(draft.SubmittedAt, draft.Id)) { ["DraftId"] = draft.Id };

    private static string RowKey(DateTimeOffset submittedAt, string draftId) => TableKey.NewestFirst(submittedAt) + "|" + TableKey.Encode(draftId);
}
