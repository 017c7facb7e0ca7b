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
/// Drafts, one partition each: header, revisions, decisions, audit rows and outbox rows share the partition key,
/// so a decision, the draft's new state, its audit events and its notification commit in one entity-group
/// transaction, guarded by the header's ETag. The header also carries the head of the draft's audit chain, so new
/// events are numbered and hash-chained from the version read, at no extra cost. Nothing else is written before the
/// answer: the outbox row carries the change's effects elsewhere (<see cref="ChangeEffects"/>), which the dispatcher
/// applies after it, and the draft is announced to <see cref="OutboxPointers"/> while it is read.
/// </summary>
public sealed class DraftRepository(TableStorage storage, DraftIndex index, PostingCalendar calendar, OutboxPointers pointers, TimeProvider clock) : IDraftStore
{
    private readonly TableClient _table = storage.Table(TableNames.Drafts);

    /// <summary>For tools and tests without dependency injection: the repository with its own index, calendar and pointers.</summary>
    public static DraftRepository On(TableStorage storage, TimeProvider clock) =>
        new(storage, new DraftIndex(storage), new PostingCalendar(storage), new OutboxPointers(storage, clock), clock);

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
        var version = StoredVersion.Format(header.GetInt64(DraftRows.AuditCount) ?? 0, header.GetString(DraftRows.AuditHead) ?? AuditChainHead.GenesisHash, false, header.ETag);
        return new StoredDraft(draft, version);
    }

    public async Task<StoredDraft?> GetForChangeAsync(string draftId, CancellationToken cancellationToken)
    {
        var reading = GetAsync(draftId, cancellationToken);
        var announcing = AnnounceAsync(draftId);
        await Task.WhenAll(reading, announcing);
        return await reading is { } stored ? stored with { Version = StoredVersion.Parse(stored.Version).Announced().ToString() } : null;
    }

    public async Task<CommitResult> CommitAsync(DraftChange change, string? expectedVersion, CancellationToken cancellationToken)
    {
        var version = change.Before is null || expectedVersion is null ? (StoredVersion?)null : StoredVersion.Parse(expectedVersion);
        // A change read without announcing (a new draft, or a caller that used GetAsync) announces now, before its commit.
        if (change.Before is null) await Task.WhenAll(AnnounceAsync(change.After.Id), index.AddSubmissionAsync(change.After, cancellationToken));
        else if (version is not { WasAnnounced: true }) await AnnounceAsync(change.After.Id);
        var head = version is { } v ? new AuditChainHead(v.AuditCount, v.AuditHead) : AuditChainHead.Empty;
        var chained = AuditChain.Append(head, change.Audit);
        var partition = TableKey.Encode(change.After.Id);
        var notificationKey = NotificationOutbox.Key(head.Count + 1);
        var outboxRow = NotificationOutbox.Row(partition, notificationKey, change, ChangeEffects.Of(change, chained), clock.GetUtcNow());
        var actions = Actions(change, version?.ETag, AuditChain.HeadAfter(head, chained), chained);
        actions.Add(new(TableTransactionActionType.Add, outboxRow));
        Response<IReadOnlyList<Response>> response;
        try
        {
            response = await _table.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return CommitResult.Conflict;
        }
        var outboxETag = response.Value[^1].Headers.ETag ?? ETag.All;
        return new CommitResult(CommitOutcome.Committed, NotificationOutbox.Committed(change.After.Id, outboxRow, outboxETag));
    }

    public Task<IReadOnlyList<DateTimeOffset>> PostTimesAsync(
        string accountId, DateTimeOffset from, DateTimeOffset to, string? exceptDraftId, CancellationToken cancellationToken) =>
        calendar.BetweenAsync(accountId, from, to, exceptDraftId, cancellationToken);

    // A storage outage here fails the change before anything is committed: the person is told it was not recorded.
    private Task AnnounceAsync(string draftId) => pointers.AnnounceAsync(draftId);

    public Task<IReadOnlyList<Draft>> ListBySubmitterAsync(PersonId submitter, int max, CancellationToken cancellationToken) =>
        ListAsync(DraftIndex.SubmitterPartition(submitter), max, cancellationToken);

    public Task<IReadOnlyList<Draft>> ListPendingForAsync(
        PersonId approver, IReadOnlyCollection<string> groupIds, int max, CancellationToken cancellationToken) =>
        ReadListedAsync(index.DraftIdsAsync(groupIds.Select(DraftIndex.StagePartition).ToList(), cancellationToken), e => e.DraftId, max, async (listed, draft) =>
        {
            if (draft.PendingApprovers.Contains(approver)) return true;
            // Stale for the whole group only when the draft no longer waits at one of its stages; one waiting for someone else stays.
            if (!WaitsAt(draft, listed.Partition)) await index.TidyAsync(listed.Partition, draft, cancellationToken);
            return false;
        }, cancellationToken);

    private static bool WaitsAt(Draft draft, string partition) =>
        draft.State == DraftState.InReview && draft.CurrentStep.Stages.Any(s => DraftIndex.StagePartition(s.ApproverGroupId) == partition);

    public Task<IReadOnlyList<Draft>> ListByAccountAsync(string accountId, int max, CancellationToken cancellationToken) =>
        ListAsync(DraftIndex.AccountPartition(accountId), max, cancellationToken);

    public async Task<IReadOnlyList<AuditEvent>> GetAuditTrailAsync(string draftId, CancellationToken cancellationToken)
    {
        var partition = TableKey.Literal(TableKey.Encode(draftId));
        var filter = $"PartitionKey eq {partition} and RowKey ge '{DraftRows.AuditPrefix}' and RowKey lt '{DraftRows.DecisionPrefix}'";
        var events = new List<AuditEvent>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) events.Add(AuditRows.ReadEvent(row));
        return events;
    }

    private Task<IReadOnlyList<Draft>> ListAsync(string partition, int max, CancellationToken cancellationToken) =>
        ReadListedAsync(index.RowsAsync(partition, cancellationToken), row => row.DraftId, max, async (row, draft) =>
        {
            // A row that names no draft (a failed commit) is skipped; one left by a submission that found its id taken is removed.
            if (DraftIndex.IsRowOf(row.RowKey, draft)) return true;
            await index.TidyAsync(partition, row.RowKey, cancellationToken);
            return false;
        }, cancellationToken);

    /// <summary>
    /// The drafts a list names, in its order, read a window at a time side by side: a page of 25 is the same 25 point
    /// reads, but the person waits for about two round trips instead of 25 in a row. A window asks only for what the
    /// page still lacks, so nothing is read that would not have been. A listed draft that no longer exists is skipped.
    /// </summary>
    private async Task<IReadOnlyList<Draft>> ReadListedAsync<TListed>(
        IAsyncEnumerable<TListed> listed, Func<TListed, string> draftId, int max, Func<TListed, Draft, Task<bool>> keep, CancellationToken cancellationToken)
    {
        var drafts = new List<Draft>();
        await using var cursor = listed.GetAsyncEnumerator(cancellationToken);
        var more = true;
        while (more && drafts.Count < max)
        {
            var window = new List<TListed>();
            while (window.Count < max - drafts.Count && (more = await cursor.MoveNextAsync())) window.Add(cursor.Current);
            var read = await Task.WhenAll(window.Select(async l => (Listed: l, Stored: await GetAsync(draftId(l), cancellationToken))));
            foreach (var (entry, stored) in read)
            {
                if (stored is not null && await keep(entry, stored.Draft)) drafts.Add(stored.Draft);
            }
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
