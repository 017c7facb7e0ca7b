using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PostApprovalBot.Slack.Inbound.Events;
using PostApprovalBot.Slack.Signing;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SlackOptions"/> (section <c>Slack</c>, validated at start), the request verifier,
    /// the Web API client as a typed HttpClient and, unless one is registered already, the in-memory
    /// event de-duplicator (single instance only).
    /// </summary>
    public static IServiceCollection AddSlackProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SlackOptions>()
            .Bind(configuration.GetSection(SlackOptions.SectionName))
            .Validate(options => !string.IsNullOrWhiteSpace(options.SigningSecret), "Slack:SigningSecret is required.")
            .Validate(options => !string.IsNullOrWhiteSpace(options.BotToken), "Slack:BotToken is required.")
            .Validate(options => options.ApiBaseUrl.IsAbsoluteUri, "Slack:ApiBaseUrl must be an absolute URL.")
            .Validate(options => options.RequestTimeout > TimeSpan.Zero && options.MaxRetries >= 0, "Slack retry settings are out of range.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new SlackRequestVerifier(
            provider.GetRequiredService<IOptions<SlackOptions>>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ISlackEventDeduplicator>(provider =>
            new InMemorySlackEventDeduplicator(provider.GetRequiredService<TimeProvider>()));
        // Retries live in SlackApiClient (Slack-specific Retry-After and ok:false rules): add no resilience handler on top.
        services.AddHttpClient<SlackApiClient>();
        return services;
    }
}
