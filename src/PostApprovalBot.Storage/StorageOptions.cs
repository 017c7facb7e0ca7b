using Azure.Core.Pipeline;

namespace PostApprovalBot.Storage;

/// <summary>Where the tables live. A connection string wins; otherwise the endpoint with the app's managed identity.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Secret. Azurite's in local runs; empty in Azure.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>e.g. https://account.table.core.windows.net, used with DefaultAzureCredential.</summary>
    public string? TableEndpoint { get; set; }

    /// <summary>Prepended to every table name, so several deployments or test classes can share an account.</summary>
    public string TablePrefix { get; set; } = "";

    /// <summary>How long a storage call may take before it counts as an outage.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often an instance checks whether another one changed the configuration (accounts, groups, routes, policy,
    /// grants). An admin change reaches every instance within this plus one storage read; the instance that made it, at once.
    /// </summary>
    public TimeSpan ConfigurationRefresh { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Extra Azure SDK pipeline policies, added in code (never from configuration), e.g. the benchmark's
    /// request counter. Each sees every attempt sent to the wire, retries included.
    /// </summary>
    public IList<HttpPipelinePolicy> PipelinePolicies { get; } = [];

    public string? Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) && string.IsNullOrWhiteSpace(TableEndpoint))
            return "Set Storage:ConnectionString (local, Azurite) or Storage:TableEndpoint (Azure, managed identity).";
        if (!string.IsNullOrEmpty(TableEndpoint) && !Uri.TryCreate(TableEndpoint, UriKind.Absolute, out _))
            return "Storage:TableEndpoint must be an absolute URL.";
        if (TablePrefix.Any(c => !char.IsAsciiLetterOrDigit(c)) || (TablePrefix.Length > 0 && !char.IsAsciiLetter(TablePrefix[0])))
            return "Storage:TablePrefix may hold only letters and digits and must start with a letter.";
        return null;
    }
}
