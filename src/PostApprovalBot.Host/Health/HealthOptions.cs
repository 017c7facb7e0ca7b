namespace PostApprovalBot.Host.Health;

/// <summary>Readiness settings (section "Health").</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>How long the storage check may take before readiness says storage did not answer.</summary>
    public TimeSpan StorageTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>An outbox pointer older than this means notifications are stuck: readiness reports "degraded".</summary>
    public TimeSpan OutboxBacklogLimit { get; set; } = TimeSpan.FromMinutes(5);
}
