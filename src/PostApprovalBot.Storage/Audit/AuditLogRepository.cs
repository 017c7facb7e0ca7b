using Azure.Data.Tables;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Chain;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Audit;

/// <summary>
/// Audit events that belong to no draft transaction (refusals, admin changes), one hash chain per
/// subject partition. Each append adds the event row and moves the partition's head row in one
/// transaction guarded by the head's ETag, so two writers cannot both take the same sequence number:
/// the loser re-reads the head and tries again. Rows are only ever added; then the event goes into the
/// daily ledger like a draft's.
/// </summary>
public sealed class AuditLogRepository(TableStorage storage) : IAuditLog
{
    public const string HeadRow = "head";
    private const int MaxAttempts = 10;
    private readonly TableClient _table = storage.Table(TableNames.Audit);
    private readonly AuditLedger _ledger = AuditLedger.For(storage);

    public async Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var partition = TableKey.Encode(auditEvent.Subject);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await _table.GetEntityIfExistsAsync<TableEntity>(partition, HeadRow, cancellationToken: cancellationToken);
            var head = current.HasValue ? LedgerRows.ReadHead(current.Value!) : AuditChainHead.Empty;
            var chained = AuditChain.Append(head, [auditEvent]);
            var after = AuditChain.HeadAfter(head, chained);
            var headRow = new TableEntity(partition, HeadRow) { ["Count"] = after.Count, ["Hash"] = after.Hash };
            var intent = await _ledger.MarkPendingAsync(AuditStreams.Log, auditEvent.Subject, after.Count, cancellationToken);
            try
            {
                await _table.SubmitTransactionAsync(
                [
                    current.HasValue
                        ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, headRow, current.Value!.ETag)
                        : new TableTransactionAction(TableTransactionActionType.Add, headRow),
                    new TableTransactionAction(TableTransactionActionType.Add, AuditRows.Row(partition, chained[0])),
                ], cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
            {
                await _ledger.ClearPendingAsync(intent);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 30) * (attempt + 1)), cancellationToken);
                continue;
            }
            await _ledger.RecordAfterCommitAsync(intent, [LedgerItem.Of(AuditStreams.Log, chained[0])]);
            return;
        }
        throw new InvalidOperationException($"Could not append to the audit log of '{auditEvent.Subject}': too many concurrent writers.");
    }

    public async Task<IReadOnlyList<AuditEvent>> ListAsync(string subject, CancellationToken cancellationToken)
    {
        var filter = $"PartitionKey eq {TableKey.Literal(TableKey.Encode(subject))} and {AuditRows.RangeFilter}";
        var events = new List<AuditEvent>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) events.Add(AuditRows.ReadEvent(row));
        return events;
    }
}
