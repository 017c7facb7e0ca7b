using PostApprovalBot.Storage.Health;

namespace PostApprovalBot.Host.Health;

/// <summary>GET /healthz: 200 when decisions can be stored, 503 with the reason when not.</summary>
public static class HealthEndpoint
{
    public const string Path = "/healthz";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (StorageHealth storage, CancellationToken ct) =>
        {
            var (healthy, detail) = await storage.CheckAsync(TimeSpan.FromSeconds(3), ct);
            var body = new { status = healthy ? "healthy" : "unhealthy", storage = detail };
            return Results.Json(body, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
