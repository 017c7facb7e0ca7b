using System.Diagnostics;
using Azure.Data.Tables;
using PostApprovalBot.Storage.Drafts;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Integration.Tests.Infrastructure;

/// <summary>The outbox rows left in the drafts table, over every draft: what the dispatcher has not delivered yet.</summary>
public static class OutboxRows
{
    private const string Filter = $"RowKey ge '{NotificationOutbox.RowPrefix}' and RowKey lt 'out.'";

    public static async Task<int> UndeliveredAsync(TableStorage storage)
    {
        var left = 0;
        await foreach (var _ in storage.Table(TableNames.Drafts).QueryAsync<TableEntity>(Filter, select: ["RowKey"])) left++;
        return left;
    }

    /// <summary>Rows whose lease runs past <paramref name="now"/>: taken by an instance and not handed back.</summary>
    public static async Task<int> LeasedPastAsync(TableStorage storage, DateTimeOffset now)
    {
        var leased = 0;
        await foreach (var row in storage.Table(TableNames.Drafts).QueryAsync<TableEntity>(Filter, select: ["RowKey", "LeaseUntil"]))
            if (row.GetDateTimeOffset("LeaseUntil") is { } until && until > now) leased++;
        return leased;
    }

    /// <summary>Waits, bounded by <paramref name="patience"/>, until no row is left; returns how many are left (0: drained).</summary>
    public static async Task<int> DrainedAsync(TableStorage storage, TimeSpan patience, TimeSpan poll)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var left = await UndeliveredAsync(storage);
            if (left == 0 || clock.Elapsed > patience) return left;
            await Task.Delay(poll);
        }
    }
}
