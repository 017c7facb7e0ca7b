using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;

namespace PostApprovalBot.Storage.Tables;

/// <summary>The storage account: hands out table clients under the configured prefix and creates missing tables.</summary>
public sealed class TableStorage
{
    private readonly TableServiceClient _service;
    private readonly string _prefix;

    public TableStorage(StorageOptions options)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.NetworkTimeout = options.Timeout;
        clientOptions.Retry.MaxRetries = 2;
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        foreach (var policy in options.PipelinePolicies) clientOptions.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        _service = !string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new TableServiceClient(options.ConnectionString, clientOptions)
            : new TableServiceClient(new Uri(options.TableEndpoint!), new DefaultAzureCredential(), clientOptions);
        _prefix = options.TablePrefix;
    }

    public TableClient Table(string name) => _service.GetTableClient(_prefix + name);

    public async Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        foreach (var name in TableNames.All)
            await _service.CreateTableIfNotExistsAsync(_prefix + name, cancellationToken);
    }

    /// <summary>The bot's tables that do not exist (yet): one query of the account's table list, limited to our prefix.</summary>
    public async Task<IReadOnlyList<string>> MissingTablesAsync(CancellationToken cancellationToken)
    {
        // '{' sorts right after every letter and digit, so this range is exactly the names that start with the prefix.
        var filter = _prefix.Length == 0 ? null : $"TableName ge '{_prefix}' and TableName lt '{_prefix}{{'";
        var present = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var table in _service.QueryAsync(filter, cancellationToken: cancellationToken)) present.Add(table.Name);
        return TableNames.All.Where(name => !present.Contains(_prefix + name)).ToList();
    }

    /// <summary>One cheap round trip that proves the account answers and our tables exist.</summary>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in Table(TableNames.Drafts).QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
            break;
    }
}
