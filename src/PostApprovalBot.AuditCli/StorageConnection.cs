using PostApprovalBot.Storage;

namespace PostApprovalBot.AuditCli;

/// <summary>
/// Where the tables are: --connection-string or --table-endpoint (signed in with DefaultAzureCredential,
/// e.g. after 'az login') and --table-prefix, else the host's own environment variables.
/// </summary>
public static class StorageConnection
{
    public static StorageOptions? From(CliArguments args, Func<string, string?> environment, out string? error)
    {
        var options = new StorageOptions
        {
            ConnectionString = args.Get("connection-string") ?? environment("Storage__ConnectionString"),
            TableEndpoint = args.Get("table-endpoint") ?? environment("Storage__TableEndpoint"),
            TablePrefix = args.Get("table-prefix") ?? environment("Storage__TablePrefix") ?? "",
        };
        error = options.Validate();
        return error is null ? options : null;
    }
}
