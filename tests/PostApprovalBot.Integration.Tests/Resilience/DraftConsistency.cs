using Azure.Data.Tables;

namespace PostApprovalBot.Integration.Tests.Resilience;

/// <summary>
/// Reads a draft's partition as stored, without the bot: its header's counters must match the decision and audit
/// rows beside it, which is what "nothing half-written" means for a draft.
/// </summary>
public sealed record DraftConsistency(string State, long DecisionCount, long AuditCount, int DecisionRows, int AuditRows, string Decisions)
{
    public bool IsWhole => DecisionCount == DecisionRows && AuditCount == AuditRows;

    public static async Task<DraftConsistency?> ReadAsync(string connectionString, string tablePrefix, string draftId)
    {
        var table = new TableClient(connectionString, tablePrefix + "drafts");
        TableEntity? header = null;
        var (decisions, audits) = (0, 0);
        var deciders = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>($"PartitionKey eq '{draftId}'"))
        {
            if (row.RowKey == "draft") header = row;
            else if (row.RowKey.StartsWith("dec-", StringComparison.Ordinal))
            {
                decisions++;
                deciders.Add(string.Join("", Enumerable.Range(0, (int)(row.GetInt32("DocChunks") ?? 1)).Select(i => row.GetString("Doc" + i))));
            }
            else if (row.RowKey.StartsWith("aud-", StringComparison.Ordinal)) audits++;
        }
        return header is null
            ? null
            : new DraftConsistency(header.GetString("State"), header.GetInt32("DecisionCount") ?? header.GetInt64("DecisionCount") ?? -1,
                header.GetInt64("AuditCount") ?? header.GetInt32("AuditCount") ?? -1, decisions, audits, string.Join("\n", deciders));
    }
}
