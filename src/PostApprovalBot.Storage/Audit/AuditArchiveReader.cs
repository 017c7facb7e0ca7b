using System.Globalization;
using Azure.Data.Tables;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Chain;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Storage.Drafts;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Audit;

/// <summary>
/// Reads audit rows, chain heads and ledger days exactly as stored, for verification and export.
/// Chains and ledger days are partition queries; finding the events of a period is a filtered scan of
/// the drafts and audit tables (the only way to see events that are in no ledger), so it costs in
/// proportion to the tables' size: fine for an occasional audit, not for a request path.
/// </summary>
public sealed class AuditArchiveReader(TableStorage storage) : IAuditArchive
{
    public async Task<StoredAuditChain> ReadChainAsync(string stream, string subject, CancellationToken cancellationToken)
    {
        var table = Table(stream);
        var partition = TableKey.Encode(subject);
        var rows = new List<StoredAuditRow>();
        var filter = $"PartitionKey eq {TableKey.Literal(partition)} and {AuditRows.RangeFilter}";
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            rows.Add(AuditRows.ReadStored(stream, row));
        return new StoredAuditChain(stream, subject, rows, await ReadHeadAsync(table, stream, partition, cancellationToken));
    }

    public async Task<StoredLedgerDay> ReadLedgerDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var ledger = storage.Table(TableNames.Ledger);
        var partition = LedgerRows.Partition(day);
        var entries = new List<StoredLedgerEntry>();
        AuditChainHead? head = null;
        var filter = $"PartitionKey eq {TableKey.Literal(partition)} and (RowKey eq '{LedgerRows.HeadRow}' or {LedgerRows.EntryFilter})";
        await foreach (var row in ledger.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey == LedgerRows.HeadRow) head = LedgerRows.ReadHead(row);
            else entries.Add(LedgerRows.ReadEntry(day, row));
        }
        return new StoredLedgerDay(day, entries, head);
    }

    public async Task<IReadOnlyList<StoredAuditRow>> ReadEventsAsync(string stream, string subject, long first, long last, CancellationToken cancellationToken)
    {
        var partition = TableKey.Encode(subject);
        var filter = $"PartitionKey eq {TableKey.Literal(partition)} and RowKey ge '{AuditRows.Key(first)}' and RowKey le '{AuditRows.Key(last)}'";
        var rows = new List<StoredAuditRow>();
        await foreach (var row in Table(stream).QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            rows.Add(AuditRows.ReadStored(stream, row));
        return rows;
    }

    public async Task<IReadOnlyList<StoredAuditRow>> FindEventsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var start = Literal(from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var end = Literal(to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var filter = $"{AuditRows.RangeFilter} and At ge {start} and At lt {end}";
        var found = new List<StoredAuditRow>();
        foreach (var stream in new[] { AuditStreams.Drafts, AuditStreams.Log })
            await foreach (var row in Table(stream).QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
                found.Add(AuditRows.ReadStored(stream, row));
        return found;
    }

    private TableClient Table(string stream) => stream switch
    {
        AuditStreams.Drafts => storage.Table(TableNames.Drafts),
        AuditStreams.Log => storage.Table(TableNames.Audit),
        _ => throw new ArgumentException($"No audit stream '{stream}'.", nameof(stream)),
    };

    private static async Task<AuditChainHead?> ReadHeadAsync(TableClient table, string stream, string partition, CancellationToken cancellationToken)
    {
        if (stream == AuditStreams.Drafts)
        {
            var header = await table.GetEntityIfExistsAsync<TableEntity>(partition, DraftRows.HeaderRow, select: [DraftRows.AuditCount, DraftRows.AuditHead], cancellationToken: cancellationToken);
            return header.HasValue ? new AuditChainHead(header.Value!.GetInt64(DraftRows.AuditCount) ?? 0, header.Value.GetString(DraftRows.AuditHead) ?? "") : null;
        }
        var head = await table.GetEntityIfExistsAsync<TableEntity>(partition, AuditLogRepository.HeadRow, cancellationToken: cancellationToken);
        return head.HasValue ? LedgerRows.ReadHead(head.Value!) : null;
    }

    private static string Literal(DateTime utc) => $"datetime'{utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)}'";
}
