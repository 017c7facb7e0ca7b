using Azure;
using Azure.Data.Tables;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Chain;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Storage.Audit;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Drafts;

/// <summary>
/// Drafts, one partition each: header, revisions, decisions and audit rows share the partition key,
/// so a decision, the draft's new state and its audit events commit in one entity-group transaction,
/// guarded by the header's ETag. The header also carries the head of the draft's audit chain, so new
/// events are numbered and hash-chained from the version read, at no extra cost; after the commit they
/// go into the daily ledger (idempotent, with an intent written before the commit for the repair pass).
/// </summary>
public sealed class DraftRepository(TableStorage storage, DraftIndex index, NotificationOutbox outbox, TimeProvider clock) : IDraftStore
{
    private readonly TableClient _table = storage.Table(TableNames.Drafts);
    private readonly AuditLedger _ledger = AuditLedger.For(storage);

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
        var version = StoredVersion.Format(header.GetInt64(DraftRows.AuditCount) ?? 0, header.GetString(DraftRows.AuditHead) ?? AuditChainHead.GenesisHash, header.ETag);
        return new StoredDraft(draft, version);
    }

    public async Task<CommitResult> CommitAsync(DraftChange change, string? expectedVersion, CancellationToken cancellationToken)
    {
        var version = change.Before is null || expectedVersion is null ? (StoredVersion?)null : StoredVersion.Parse(expectedVersion);
        var head = version is { } v ? new AuditChainHead(v.AuditCount, v.AuditHead) : AuditChainHead.Empty;
        var chained = AuditChain.Append(head, change.Audit);
        var marking = _ledger.MarkPendingAsync(AuditStreams.Drafts, change.After.Id, head.Count + 1, cancellationToken);
        var notificationKey = NotificationOutbox.Key(head.Count + 1);
        await Task.WhenAll(index.AddBeforeCommitAsync(change, cancellationToken), marking,
            outbox.AddPointerBeforeCommitAsync(change.After.Id, notificationKey, cancellationToken));
        var intent = await marking;
        var actions = Actions(change, version?.ETag, AuditChain.HeadAfter(head, chained), chained);
        actions.Add(new(TableTransactionActionType.Add, NotificationOutbox.Row(TableKey.Encode(change.After.Id), notificationKey, change, clock.GetUtcNow())));
        try
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            await _ledger.ClearPendingAsync(intent);
            return CommitResult.Conflict;
        }
        // Both only tidy up after the commit (a crash here is covered by the intent and by readers skipping stale
        // inbox rows), and neither needs the other: side by side, so the person waits for one round trip, not two.
        await Task.WhenAll(
            _ledger.RecordAfterCommitAsync(intent, chained.Select(c => LedgerItem.Of(AuditStreams.Drafts, c)).ToList()),
            index.RemoveAfterCommitAsync(change, CancellationToken.None));
        return new CommitResult(CommitOutcome.Committed, notificationKey);
    }

    public Task<IReadOnlyList<Draft>> ListBySubmitterAsync(PersonId submitter, int max, CancellationToken cancellationToken) =>
        ListAsync(DraftIndex.SubmitterPartition(submitter), max, _ => true, cancellationToken);

    public Task<IReadOnlyList<Draft>> ListPendingForAsync(PersonId approver, int max, CancellationToken cancellationToken) =>
        ListAsync(DraftIndex.ApproverPartition(approver), max, d => d.PendingApprovers.Contains(approver), cancellationToken);

    public Task<IReadOnlyList<Draft>> ListByAccountAsync(string accountId, int max, CancellationToken cancellationToken) =>
        ListAsync(DraftIndex.AccountPartition(accountId), max, _ => true, cancellationToken);

    public Task<IReadOnlyList<Draft>> ListOpenAsync(int max, CancellationToken cancellationToken) =>
        ListAsync(DraftIndex.OpenPartition, max, d => !d.IsFinal, cancellationToken);

    public async Task<IReadOnlyList<AuditEvent>> GetAuditTrailAsync(string draftId, CancellationToken cancellationToken)
    {
        var partition = TableKey.Literal(TableKey.Encode(draftId));
        var filter = $"PartitionKey eq {partition} and RowKey ge '{DraftRows.AuditPrefix}' and RowKey lt '{DraftRows.DecisionPrefix}'";
        var events = new List<AuditEvent>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) events.Add(AuditRows.ReadEvent(row));
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

    private static List<TableTransactionAction> Actions(DraftChange change, ETag? expected, AuditChainHead head, IReadOnlyList<ChainedAuditEvent> chained)
    {
        var after = change.After;
        var partition = TableKey.Encode(after.Id);
        var header = DraftRows.Json(partition, DraftRows.HeaderRow, DraftHeader.Of(after));
        header["State"] = after.State.ToString();
        header[DraftRows.RevisionCount] = after.Revisions.Count;
        header[DraftRows.DecisionCount] = after.Decisions.Count;
        header[DraftRows.AuditCount] = head.Count;
        header[DraftRows.AuditHead] = head.Hash;
        var actions = new List<TableTransactionAction>
        {
            expected is { } etag
                ? new(TableTransactionActionType.UpdateReplace, header, etag)
                : new(TableTransactionActionType.Add, header),
        };
        if (change.AddsRevision)
            actions.Add(new(TableTransactionActionType.Add, DraftRows.Json(partition, DraftRows.Revision(after.CurrentRevision.Number), after.CurrentRevision)));
        if (change.Decision is { } decision)
            actions.Add(new(TableTransactionActionType.Add, DraftRows.Json(partition, DraftRows.Decision(after.Decisions.Count), decision)));
        actions.AddRange(chained.Select(e => new TableTransactionAction(TableTransactionActionType.Add, AuditRows.Row(partition, e))));
        return actions;
    }
}
