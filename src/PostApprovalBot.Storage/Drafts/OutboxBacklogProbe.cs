using Azure.Data.Tables;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Drafts;

/// <summary>
/// Measures the outbox backlog for readiness and the backlog metrics: one query of the old pointers and one of the
/// parked partition, each reading at most <see cref="MaxRowsCounted"/> rows, so a probe costs the same whatever the
/// backlog (a backlog that large is an incident, and the number says so).
/// </summary>
public sealed class OutboxBacklogProbe(TableStorage storage, TimeProvider clock)
{
    public const int MaxRowsCounted = 1000;
    private readonly TableClient _outbox = storage.Table(TableNames.Outbox);

    /// <summary>Pointers announced more than <paramref name="grace"/> ago count as backlog: younger ones belong to changes still being delivered.</summary>
    public async Task<OutboxBacklog> MeasureAsync(TimeSpan grace, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var pendingFilter = $"PartitionKey eq '{OutboxPointers.Partition}' and AnnouncedAt lt {TableKey.DateTimeLiteral(now - grace)}";
        var pending = 0;
        var oldest = now;
        await foreach (var row in _outbox.QueryAsync<TableEntity>(pendingFilter, maxPerPage: MaxRowsCounted, select: ["AnnouncedAt"], cancellationToken: cancellationToken))
        {
            if (row.GetDateTimeOffset("AnnouncedAt") is { } at && at < oldest) oldest = at;
            if (++pending >= MaxRowsCounted) break;
        }
        var parked = 0;
        await foreach (var _ in _outbox.QueryAsync<TableEntity>($"PartitionKey eq '{NotificationOutbox.ParkedPartition}'", maxPerPage: MaxRowsCounted, select: ["RowKey"], cancellationToken: cancellationToken))
            if (++parked >= MaxRowsCounted) break;
        return new OutboxBacklog(pending, now - oldest, parked, pending >= MaxRowsCounted || parked >= MaxRowsCounted, now);
    }
}
