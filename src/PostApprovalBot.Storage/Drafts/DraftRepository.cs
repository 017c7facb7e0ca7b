using Azure;
using Azure.Data.Tables;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Drafts;

/// <summary>
/// Drafts, one partition each: header, revisions, decisions and audit rows share the partition key,
/// so a decision, the draft's new state and its audit events commit in one entity-group transaction,
/// guarded by the header's ETag.
/// </summary>
public sealed class DraftRepository(TableStorage storage, DraftIndex index) : IDraftStore
{
    private readonly TableClient _table = storage.Table(TableNames.Drafts);

    public async Task<StoredDraft?> GetAsync(string draftId, CancellationToken cancellationToken)
    {
        var partition = TableKey.Encode(draftId);
        var filter = $"PartitionKey eq {TableKey.Literal(partition)} and RowKey ge {TableKey.Literal(DraftRows.DecisionPrefix)}";
        TableEntity? header = null;
        var revisions = new List<DraftRevision>();
        var decisions = new List<StageDecision>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey == DraftRows.HeaderRow) header = row;
            else if (row.RowKey.StartsWith(DraftRows.RevisionPrefix, StringComparison.Ordinal)) revisions.Add(DraftRows.Read<DraftRevision>(row));
            else if (row.RowKey.StartsWith(DraftRows.DecisionPrefix, StringComparison.Ordinal)) decisions.Add(DraftRows.Read<StageDecision>(row));
        }
        if (header is null) return null;
        var draft = DraftRows.Read<DraftHeader>(header).ToDraft(revisions, decisions);
        return new StoredDraft(draft, StoredVersion.Format(header.GetInt64(DraftRows.AuditCount) ?? 0, header.ETag));
    }

    public async Task<CommitOutcome> CommitAsync(DraftChange change, string? expectedVersion, CancellationToken cancellationToken)
    {
        await index.AddBeforeCommitAsync(change, cancellationToken);
        try
        {
            await _table.SubmitTransactionAsync(Actions(change, expectedVersion), cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return CommitOutcome.Conflict;
        }
        await index.RemoveAfterCommitAsync(change, CancellationToken.None);
        return CommitOutcome.Committed;
    }

    public Task<IReadOnlyList<Draft>> ListBySubmitterAsync(PersonId submitter, int max, CancellationToken cancellationToken) =>
        ListAsync(DraftIndex.SubmitterPartition(submitter), max, _ => true, cancellationToken);

    public Task<IReadOnlyList<Draft>> ListPendingForAsync(PersonId approver, int max, CancellationToken cancellationToken) =>
        ListAsync(DraftIndex.ApproverPartition(approver), max, d => d.PendingApprovers.Contains(approver), cancellationToken);

    public Task<IReadOnlyList<Draft>> ListByAccountAsync(string accountId, int max, CancellationToken cancellationToken) =>
        ListAsync(DraftIndex.AccountPartition(accountId), max, _ => true, cancellationToken);

    public async Task<IReadOnlyList<AuditEvent>> GetAuditTrailAsync(string draftId, CancellationToken cancellationToken)
    {
        var partition = TableKey.Literal(TableKey.Encode(draftId));
        var filter = $"PartitionKey eq {partition} and RowKey ge '{DraftRows.AuditPrefix}' and RowKey lt '{DraftRows.DecisionPrefix}'";
        var events = new List<AuditEvent>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) events.Add(DraftRows.ReadAudit(row));
        return events;
    }

    private async Task<IReadOnlyList<Draft>> ListAsync(string partition, int max, Func<Draft, bool> stillTrue, CancellationToken cancellationToken)
    {
        var drafts = new List<Draft>();
        await foreach (var id in index.DraftIdsAsync(partition, cancellationToken))
        {
            var stored = await GetAsync(id, cancellationToken);
            if (stored is not null && stillTrue(stored.Draft)) drafts.Add(stored.Draft);
            else if (stored is not null) await index.RemoveAsync(partition, stored.Draft, cancellationToken);
            if (drafts.Count >= max) break;
        }
        return drafts;
    }

    private static List<TableTransactionAction> Actions(DraftChange change, string? expectedVersion)
    {
        var after = change.After;
        var partition = TableKey.Encode(after.Id);
        var before = change.Before;
        var auditCount = 0L;
        var header = DraftRows.Json(partition, DraftRows.HeaderRow, DraftHeader.Of(after));
        header["State"] = after.State.ToString();
        header[DraftRows.RevisionCount] = after.Revisions.Count;
        header[DraftRows.DecisionCount] = after.Decisions.Count;
        var actions = new List<TableTransactionAction>();
        if (before is null || expectedVersion is null)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, header));
        }
        else
        {
            var version = StoredVersion.Parse(expectedVersion);
            auditCount = version.AuditCount;
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, header, version.ETag));
        }
        if (change.AddsRevision)
            actions.Add(new(TableTransactionActionType.Add, DraftRows.Json(partition, DraftRows.Revision(after.CurrentRevision.Number), after.CurrentRevision)));
        if (change.Decision is { } decision)
            actions.Add(new(TableTransactionActionType.Add, DraftRows.Json(partition, DraftRows.Decision(after.Decisions.Count), decision)));
        foreach (var (e, i) in change.Audit.Select((e, i) => (e, i)))
            actions.Add(new(TableTransactionActionType.Add, DraftRows.AuditRow(partition, auditCount + i + 1, e)));
        header[DraftRows.AuditCount] = auditCount + change.Audit.Count;
        return actions;
    }
}
