using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Storage.Drafts;

namespace PostApprovalBot.Host.Health;

/// <summary>
/// Notifications are flowing: no outbox pointer is older than <see cref="HealthOptions.OutboxBacklogLimit"/>. Registered
/// as "degraded", not "unhealthy": the backlog is shared by every instance, so failing it would take them all out of
/// rotation at once and stop decisions too, while delivery is what is stuck. The alert rule is what calls a person.
/// </summary>
public sealed class OutboxBacklogCheck(OutboxBacklogProbe probe, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var backlog = await probe.MeasureAsync(NotificationDelivery.Grace, cancellationToken);
        var limit = options.Value.OutboxBacklogLimit;
        var data = new Dictionary<string, object>
        {
            ["pending"] = backlog.Pending, ["oldestAgeSeconds"] = Math.Round(backlog.OldestAge.TotalSeconds), ["parked"] = backlog.Parked, ["capped"] = backlog.Capped,
        };
        return backlog.OldestAge <= limit
            ? HealthCheckResult.Healthy($"Outbox: {backlog.Pending} draft(s) waiting longer than {NotificationDelivery.Grace.TotalSeconds:0} s, oldest {backlog.OldestAge.TotalSeconds:0} s.", data)
            : new HealthCheckResult(context.Registration.FailureStatus,
                $"Outbox backlog: the oldest undelivered change waits {backlog.OldestAge.TotalMinutes:0.#} min (limit {limit.TotalMinutes:0.#} min); {backlog.Pending} draft(s) waiting.", data: data);
    }
}
