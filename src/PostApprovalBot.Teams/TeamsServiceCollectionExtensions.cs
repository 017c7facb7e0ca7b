using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PostApprovalBot.Teams.Authentication;
using PostApprovalBot.Teams.Connector;

namespace PostApprovalBot.Teams;

/// <summary>Registers the Teams protocol layer: options, inbound authentication, and the connector client with its token source.</summary>
public static class TeamsServiceCollectionExtensions
{
    public const string MetadataHttpClient = "PostApprovalBot.Teams.OpenIdMetadata";
    public const string ConnectorHttpClient = "PostApprovalBot.Teams.Connector";
    public const string EntraHttpClient = "PostApprovalBot.Teams.Entra";

    public static IServiceCollection AddTeamsProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TeamsOptions>()
            .Bind(configuration.GetSection(TeamsOptions.SectionName))
            .Validate(o => Uri.TryCreate(o.OpenIdMetadataUrl, UriKind.Absolute, out _), "Teams:OpenIdMetadataUrl must be an absolute URL.")
            .Validate(o => Uri.TryCreate(o.AuthorityHost, UriKind.Absolute, out var a) && a.Scheme == Uri.UriSchemeHttps, "Teams:AuthorityHost must be an https URL.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // Singletons keep these clients for the process lifetime, so connections are recycled to follow DNS changes.
        foreach (var name in new[] { MetadataHttpClient, ConnectorHttpClient, EntraHttpClient })
        {
            services.AddHttpClient(name).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
        }

        services.TryAddSingleton(sp => EmulatorModePolicy.For(sp.GetRequiredService<IHostEnvironment>(), Options(sp).Value));
        services.TryAddSingleton<TrustedServiceUrls>();
        services.TryAddSingleton(sp => new BotFrameworkAuthenticator(
            Client(sp, MetadataHttpClient), Options(sp), sp.GetRequiredService<EmulatorModePolicy>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IConnectorTokenSource>(sp => sp.GetRequiredService<EmulatorModePolicy>().IsEnabled
            ? new EmulatorTokenSource()
            : new MsalConnectorTokenSource(Options(sp), Client(sp, EntraHttpClient)));
        services.TryAddSingleton(sp => new BotConnectorClient(
            Client(sp, ConnectorHttpClient), sp.GetRequiredService<IConnectorTokenSource>(), Options(sp), ConnectorRetryPolicy.Default, sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static IOptions<TeamsOptions> Options(IServiceProvider services) => services.GetRequiredService<IOptions<TeamsOptions>>();

    private static HttpClient Client(IServiceProvider services, string name) => services.GetRequiredService<IHttpClientFactory>().CreateClient(name);
}
