using Azure.Data.Tables;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Storage.Drafts;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Audit;

/// <summary>
/// Audit events that belong to no draft transaction (refusals, admin changes), partitioned by subject
/// and ordered by time; rows are only ever added.
/// </summary>
public sealed class AuditLogRepository(TableStorage storage) : IAuditLog
{
    private readonly TableClient _table = storage.Table(TableNames.Audit);

    public Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var row = DraftRows.AuditRow(TableKey.Encode(auditEvent.Subject), 0, auditEvent);
        // Time first for order, then a random suffix so two events in the same tick never collide.
        row.RowKey = TableKey.OldestFirst(auditEvent.At) + "-" + Guid.NewGuid().ToString("N")[..12];
        row.Remove("Sequence");
        return _table.AddEntityAsync(row, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEvent>> ListAsync(string subject, CancellationToken cancellationToken)
    {
        var filter = $"PartitionKey eq {TableKey.Literal(TableKey.Encode(subject))}";
        var events = new List<AuditEvent>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) events.Add(DraftRows.ReadAudit(row));
        return events;
    }
}
