using Azure.Data.Tables;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Integration.Tests.Teams.Support;

/// <summary>How many rows each of the bot's tables holds: equal counts before and after a request mean it left no trace.</summary>
public static class StorageTrace
{
    public static async Task<IReadOnlyDictionary<string, int>> CountAsync(IServiceProvider services)
    {
        var storage = services.GetRequiredService<TableStorage>();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in TableNames.All)
        {
            var rows = 0;
            await foreach (var _ in storage.Table(name).QueryAsync<TableEntity>(select: ["PartitionKey"])) rows++;
            counts[name] = rows;
        }

        return counts;
    }
}
