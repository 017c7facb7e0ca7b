using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace PostApprovalBot.Teams.Connector;

/// <summary>
/// The app token for the Bot Connector via MSAL client credentials: authority <c>{AuthorityHost}/{tenant}</c> where tenant is ours
/// for a single-tenant bot and <c>botframework.com</c> otherwise; MSAL caches the token and renews it before expiry.
/// </summary>
public sealed class MsalConnectorTokenSource : IConnectorTokenSource
{
    public const string Scope = "https://api.botframework.com/.default";
    private const string Operation = "acquire connector token";
    private readonly IConfidentialClientApplication application;

    /// <param name="http">Optional client for MSAL's own calls (from IHttpClientFactory, or one that trusts a test authority).</param>
    public MsalConnectorTokenSource(IOptions<TeamsOptions> options, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.AppId) || string.IsNullOrEmpty(settings.AppPassword))
        {
            throw new ArgumentException("Teams:AppId and Teams:AppPassword are needed to send messages to Teams.", nameof(options));
        }

        var authority = $"{settings.AuthorityHost.TrimEnd('/')}/{settings.TokenTenant}";
        var builder = ConfidentialClientApplicationBuilder.Create(settings.AppId)
            .WithClientSecret(settings.AppPassword)
            .WithAuthority(authority, validateAuthority: IsMicrosoftEntra(settings.AuthorityHost));
        if (!IsMicrosoftEntra(settings.AuthorityHost))
        {
            // A stand-in authority (tests) is unknown to Entra's instance discovery; asking Entra about it would leave the machine.
            builder = builder.WithInstanceDiscovery(false);
        }

        if (http is not null)
        {
            builder = builder.WithHttpClientFactory(new FixedHttpClientFactory(http));
        }

        application = builder.Build();
    }

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await application.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (MsalServiceException ex)
        {
            var status = ex.StatusCode == 0 ? (int?)null : ex.StatusCode;
            throw new ConnectorException(ConnectorFailure.TokenUnavailable, Operation, $"Entra refused the token request ({ex.ErrorCode}).", status, inner: ex, isRetryable: ex.IsRetryable);
        }
        catch (MsalException ex)
        {
            throw new ConnectorException(ConnectorFailure.TokenUnavailable, Operation, $"The token could not be acquired ({ex.ErrorCode}).", inner: ex, isRetryable: ex.IsRetryable);
        }
        catch (HttpRequestException ex)
        {
            throw new ConnectorException(ConnectorFailure.TokenUnavailable, Operation, "The authority could not be reached.", inner: ex, isRetryable: true);
        }
    }

    internal static bool IsMicrosoftEntra(string authorityHost) =>
        Uri.TryCreate(authorityHost, UriKind.Absolute, out var uri)
        && uri.Host.Equals(new Uri(TeamsOptions.MicrosoftEntraAuthorityHost).Host, StringComparison.OrdinalIgnoreCase);

    private sealed class FixedHttpClientFactory(HttpClient http) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => http;
    }
}
