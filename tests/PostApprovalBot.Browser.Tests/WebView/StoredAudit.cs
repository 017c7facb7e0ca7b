using Azure.Data.Tables;

namespace PostApprovalBot.Browser.Tests.WebView;

/// <summary>One audit row as the bot stored it (docs/storage.md, table <c>audit</c>): what was done, by whom, and the state after.</summary>
public sealed record StoredAuditRow(string Action, string ActorId, string? Before, string? After, string? Details);

/// <summary>The bot's <c>audit</c> table, read as a test checks it: one subject's events (e.g. <c>admin:grants</c>), oldest first.</summary>
public sealed class StoredAudit(string connectionString, string tablePrefix)
{
    public async Task<IReadOnlyList<StoredAuditRow>> SubjectAsync(string subject)
    {
        var table = new TableClient(connectionString, tablePrefix + "audit");
        var rows = new List<StoredAuditRow>();
        // Subjects in these tests hold no character the bot encodes in keys; the chain head row carries no action.
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == subject))
        {
            if (row.GetString("Action") is not { } action) continue;
            rows.Add(new StoredAuditRow(action, row.GetString("ActorId"), row.GetString("Before"), row.GetString("After"), row.GetString("Details")));
        }
        return rows;
    }
}
