using Azure.Data.Tables;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Integration.Tests.Hostile;

/// <summary>
/// The rows a refused request must not touch: every draft row and every inbox row. Refusals themselves are audited
/// in the audit table and the ledger, complete, so those are left out, and so are the outbox rows in a draft's
/// partition, which the dispatcher deletes in the background once their messages are out. The rows are read once the
/// dispatcher has finished the changes before (no outbox row left), since it moves inbox rows after each answer.
/// </summary>
public static class HostileRows
{
    public static async Task<IReadOnlyList<string>> DraftsAndInboxAsync(IServiceProvider services)
    {
        var storage = services.GetRequiredService<TableStorage>();
        await OutboxRows.DrainedAsync(storage, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(50));
        var rows = new List<string>();
        foreach (var table in new[] { TableNames.Drafts, TableNames.Inbox })
            await foreach (var row in storage.Table(table).QueryAsync<TableEntity>())
                if (!row.RowKey.StartsWith("out-", StringComparison.Ordinal)) rows.Add($"{table}/{row.PartitionKey}/{row.RowKey}/{row.ETag}");
        return rows;
    }

    /// <summary>Fails naming the rows that appeared or went away.</summary>
    public static void AssertUnchanged(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var added = after.Except(before).ToList();
        var removed = before.Except(after).ToList();
        Assert.True(added.Count == 0 && removed.Count == 0, $"Rows added:\n{string.Join("\n", added)}\nRows removed:\n{string.Join("\n", removed)}");
    }
}
