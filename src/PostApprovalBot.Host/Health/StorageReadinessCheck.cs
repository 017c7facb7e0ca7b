using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PostApprovalBot.Storage.Health;

namespace PostApprovalBot.Host.Health;

/// <summary>Ready only when table storage answers and every table exists: otherwise no decision could be stored.</summary>
public sealed class StorageReadinessCheck(StorageHealth storage, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (healthy, detail) = await storage.CheckAsync(options.Value.StorageTimeout, cancellationToken);
        return healthy ? HealthCheckResult.Healthy(detail) : new HealthCheckResult(context.Registration.FailureStatus, detail);
    }
}
