using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PostApprovalBot.Storage.Drafts;

namespace PostApprovalBot.Host.Health;

/// <summary>
/// GET /healthz (liveness: the process is up and answers) and GET /readyz (readiness: storage reachable, every table
/// present, outbox backlog under its limit), both as JSON; 503 when unhealthy. App Service probes /readyz.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/healthz";
    public const string ReadinessPath = "/readyz";
    private const string Live = "live";
    private const string Ready = "ready";

    public static IServiceCollection AddBotHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HealthOptions>(configuration.GetSection(HealthOptions.Section));
        services.AddSingleton<OutboxBacklogProbe>();
        services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy("The process is up."), tags: [Live])
            .AddCheck<StorageReadinessCheck>("storage", HealthStatus.Unhealthy, tags: [Ready])
            .AddCheck<OutboxBacklogCheck>("outbox", HealthStatus.Degraded, tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Path, Options(Live));
        app.MapHealthChecks(ReadinessPath, Options(Ready));
        return app;
    }

    private static HealthCheckOptions Options(string tag) => new()
    {
        Predicate = check => check.Tags.Contains(tag),
        ResponseWriter = HealthReportJson.WriteAsync,
    };
}
