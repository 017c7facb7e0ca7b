using System.Collections.Concurrent;
using Azure.Data.Tables;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Chain;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Audit;

/// <summary>
/// Audit events that belong to no draft transaction (refusals, admin changes), one hash chain per
/// subject partition. Each append adds the event rows and moves the partition's head row in one
/// transaction guarded by the head's ETag, so two writers cannot both take the same sequence number:
/// the loser re-reads the head and tries again. Rows are only ever added; then the events go into the
/// daily ledger like a draft's.
/// </summary>
/// <remarks>
/// A crowd refused at once on one subject (a hundred clicks on a draft just decided) would all race for its head row,
/// and the losers of each round try again until some give up. Appends to one subject are group-committed instead
/// (<see cref="GroupCommit{T}"/>): whoever finds no write running writes everything waiting, so the head moves once per
/// batch. Only other instances still race, and the ETag settles that.
/// </remarks>
public sealed class AuditLogRepository(TableStorage storage) : IAuditLog
{
    public const string HeadRow = "head";
    private const int MaxAttempts = 10;

    /// <summary>A transaction holds 100 entities: the head and 99 events.</summary>
    private const int MaxEventsPerTransaction = 99;

    /// <summary>Characters of documents per transaction: an admin change may carry a whole lexicon, and a transaction holds 4 MB.</summary>
    private const int MaxTextPerTransaction = 1_000_000;

    private readonly TableClient _table = storage.Table(TableNames.Audit);
    private readonly AuditLedger _ledger = AuditLedger.For(storage);
    private readonly ConcurrentDictionary<string, GroupCommit<AuditEvent>> _subjects = new(StringComparer.Ordinal);

    public async Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var subject = auditEvent.Subject;
        var writer = _subjects.GetOrAdd(subject, s => new GroupCommit<AuditEvent>((events, ct) => AppendBatchAsync(s, events, ct), MaxEventsPerTransaction));
        try
        {
            await writer.SubmitAsync([auditEvent]).WaitAsync(cancellationToken);
        }
        finally
        {
            // Forgotten once idle, so the map holds the subjects being written, not every subject ever audited. A caller
            // that took the writer just before still has it written by that writer; a new one may race it, which the ETag settles.
            if (writer.IsIdle) _subjects.TryRemove(new KeyValuePair<string, GroupCommit<AuditEvent>>(subject, writer));
        }
    }

    private async Task AppendBatchAsync(string subject, IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        foreach (var transaction in Transactions(events)) await AppendTransactionAsync(subject, transaction, cancellationToken);
    }

    private async Task AppendTransactionAsync(string subject, IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        var partition = TableKey.Encode(subject);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await _table.GetEntityIfExistsAsync<TableEntity>(partition, HeadRow, cancellationToken: cancellationToken);
            var head = current.HasValue ? LedgerRows.ReadHead(current.Value!) : AuditChainHead.Empty;
            var chained = AuditChain.Append(head, events);
            var after = AuditChain.HeadAfter(head, chained);
            var headRow = new TableEntity(partition, HeadRow) { ["Count"] = after.Count, ["Hash"] = after.Hash };
            var intent = await _ledger.MarkPendingAsync(AuditStreams.Log, subject, head.Count + 1, cancellationToken);
            try
            {
                await _table.SubmitTransactionAsync(
                [
                    current.HasValue
                        ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, headRow, current.Value!.ETag)
                        : new TableTransactionAction(TableTransactionActionType.Add, headRow),
                    .. chained.Select(c => new TableTransactionAction(TableTransactionActionType.Add, AuditRows.Row(partition, c))),
                ], cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
            {
                await _ledger.ClearPendingAsync(intent);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 30) * (attempt + 1)), cancellationToken);
                continue;
            }
            await _ledger.RecordAfterCommitAsync(intent, [.. chained.Select(c => LedgerItem.Of(AuditStreams.Log, c))]);
            return;
        }
        throw new InvalidOperationException($"Could not append to the audit log of '{subject}': too many concurrent writers.");
    }

    private static IEnumerable<IReadOnlyList<AuditEvent>> Transactions(IReadOnlyList<AuditEvent> events)
    {
        var transaction = new List<AuditEvent>();
        var text = 0;
        foreach (var e in events)
        {
            var size = (e.Before?.Length ?? 0) + (e.After?.Length ?? 0) + (e.Details?.Length ?? 0);
            if (transaction.Count > 0 && (transaction.Count == MaxEventsPerTransaction || text + size > MaxTextPerTransaction))
            {
                yield return transaction;
                transaction = [];
                text = 0;
            }
            transaction.Add(e);
            text += size;
        }
        if (transaction.Count > 0) yield return transaction;
    }

    public async Task<IReadOnlyList<AuditEvent>> ListAsync(string subject, CancellationToken cancellationToken)
    {
        var filter = $"PartitionKey eq {TableKey.Literal(TableKey.Encode(subject))} and {AuditRows.RangeFilter}";
        var events = new List<AuditEvent>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) events.Add(AuditRows.ReadEvent(row));
        return events;
    }
}
