using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.People;
using PostApprovalBot.Web.Sessions;

namespace PostApprovalBot.Host.Admin;

/// <summary>
/// The admin API under /admin/api/v1: Entra ID bearer tokens with the admin app role, and the person
/// behind the token must also be a bot administrator (bootstrap or admins group) — both are checked.
/// </summary>
public static class AdminApiSetup
{
    public const string Prefix = "/admin/api/v1";

    public static IServiceCollection AddAdministration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => AdminBootstrap.Parse(configuration["Admin:Bootstrap"]));
        services.AddSingleton<AdminGate>();
        services.AddSingleton<AccountAdministration>();
        services.AddSingleton<SpokespersonAdministration>();
        services.AddSingleton<GroupAdministration>();
        services.AddSingleton<RouteAdministration>();
        services.AddSingleton<PolicyAdministration>();
        services.AddSingleton<AdminConsole>();
        services.AddSingleton<DraftOverrides>();

        var options = configuration.GetSection(AdminApiOptions.Section).Get<AdminApiOptions>() ?? new AdminApiOptions();
        services.Configure<AdminApiOptions>(configuration.GetSection(AdminApiOptions.Section));
        services.AddAuthentication().AddJwtBearer(AdminApiOptions.Scheme, jwt =>
        {
            jwt.Authority = options.Authority;
            jwt.Audience = options.Audience;
            jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters.RoleClaimType = "roles";
            jwt.TokenValidationParameters.NameClaimType = "name";
        });
        services.AddAuthorizationBuilder().AddPolicy(AdminApiOptions.Policy, policy => policy
            .AddAuthenticationSchemes(AdminApiOptions.Scheme)
            .RequireAuthenticatedUser()
            .RequireRole(options.RequiredRole));
        services.AddOpenApi();
        return services;
    }

    public static IEndpointRouteBuilder MapAdministration(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(Prefix + "/openapi.json");
        var api = app.MapGroup(Prefix)
            .RequireAuthorization(AdminApiOptions.Policy)
            .AddEndpointFilter(async (context, next) =>
                context.HttpContext.RequestServices.GetRequiredService<IOptions<AdminApiOptions>>().Value.Enabled
                    ? await next(context)
                    : Results.Problem(title: "NotConfigured", detail: "The admin API is not configured: set AdminApi:Authority and AdminApi:Audience.", statusCode: 503))
            .WithTags("Administration");
        api.MapAccountEndpoints();
        api.MapSpokespersonEndpoints();
        api.MapGroupAndRouteEndpoints();
        api.MapPolicyEndpoints();
        api.MapAuditEndpoints();
        api.MapDraftEndpoints();
        return app;
    }

    /// <summary>
    /// Runs the handler for the token's person once the bot agrees they are an administrator; reads are
    /// guarded like writes, and a refused attempt is audited by the gate.
    /// </summary>
    public static async Task<IResult> AsActor(HttpContext http, Func<Person, Task<IResult>> handler)
    {
        var actor = SignedInPerson.From(http.User);
        if (actor is null)
            return Results.Problem(title: "NoIdentity", detail: "The token names no user (no preferred_username, upn or email claim).", statusCode: 403);
        var gate = http.RequestServices.GetRequiredService<AdminGate>();
        if (await gate.CheckAsync(actor, $"use the admin API ({http.Request.Method} {http.Request.Path})", http.RequestAborted) is { } refused)
            return AdminResults.Refused(refused);
        return await handler(actor);
    }
}
