using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Authentication.Azure;

namespace PostApprovalBot.Teams.Graph;

/// <summary>
/// The Microsoft Graph calls of proactive installation (PROTOCOLS.md §5), app-only with the bot's own registration
/// (client credentials through Azure.Identity): find a person by e-mail, install the app for them unless it is installed,
/// and read the 1:1 chat between them and the bot. Throttling (429 with Retry-After) and 503/504 are retried by the SDK's
/// retry handler, at most 3 times; every call has <see cref="CallTimeout"/>. Failures are the SDK's <see cref="ApiException"/>
/// (with the HTTP status) or a <see cref="TimeoutException"/>.
/// </summary>
public sealed class TeamsAppInstallations
{
    public const string Scope = "https://graph.microsoft.com/.default";
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    private readonly GraphServiceClient graph;
    private readonly TeamsOptions options;
    private readonly SemaphoreSlim catalogLookup = new(1, 1);
    private string? catalogAppId;

    public TeamsAppInstallations(GraphServiceClient graph, IOptions<TeamsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.graph = graph ?? throw new ArgumentNullException(nameof(graph));
        this.options = options.Value;
        catalogAppId = string.IsNullOrWhiteSpace(this.options.CatalogAppId) ? null : this.options.CatalogAppId.Trim();
    }

    /// <summary>A Graph client for <see cref="TeamsOptions.GraphBaseUrl"/> with the bot's client secret; <paramref name="entraHttp"/> carries the token requests.</summary>
    public static GraphServiceClient CreateClient(TeamsOptions options, HttpClient entraHttp)
    {
        ArgumentNullException.ThrowIfNull(options);
        var credentialOptions = new ClientSecretCredentialOptions
        {
            AuthorityHost = new Uri(options.AuthorityHost),
            Transport = new HttpClientTransport(entraHttp),
            // A stand-in authority (tests) is unknown to Entra's instance discovery; asking Entra about it would leave the machine.
            DisableInstanceDiscovery = !Connector.MsalConnectorTokenSource.IsMicrosoftEntra(options.AuthorityHost),
        };
        var credential = new ClientSecretCredential(options.TenantId, options.AppId, options.AppPassword, credentialOptions);
        var baseUrl = options.GraphBaseUrl.TrimEnd('/');
        // The token goes to the configured Graph host only.
        var authentication = new AzureIdentityAuthenticationProvider(credential, [new Uri(baseUrl).Host], scopes: [Scope]);
        return new GraphServiceClient(authentication, baseUrl);
    }

    /// <summary>The person with this e-mail (or user principal name) in the tenant, or null when there is none.</summary>
    public async Task<User?> FindUserAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var literal = Literal(email);
        var page = await CallAsync(ct => graph.Users.GetAsync(r =>
        {
            r.QueryParameters.Filter = $"mail eq {literal} or userPrincipalName eq {literal}";
            r.QueryParameters.Select = ["id", "displayName", "mail", "userPrincipalName"];
        }, ct), cancellationToken).ConfigureAwait(false);
        while (page is not null)
        {
            if (page.Value?.FirstOrDefault(u => Matches(u, email)) is { Id.Length: > 0 } user) return user;
            if (string.IsNullOrEmpty(page.OdataNextLink)) return null;
            var next = page.OdataNextLink;
            page = await CallAsync(ct => graph.Users.WithUrl(next).GetAsync(cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>
    /// The id of the app's installation for this user, installing it first when it is not there (201; 409 means another
    /// delivery installed it meanwhile). Asked first, so a retried delivery never installs twice.
    /// </summary>
    public async Task<string> EnsureInstalledAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var appId = await CatalogAppIdAsync(cancellationToken).ConfigureAwait(false);
        if (await FindInstallationAsync(userId, appId, cancellationToken).ConfigureAwait(false) is { } existing) return existing;
        var install = new UserScopeTeamsAppInstallation
        {
            AdditionalData = new Dictionary<string, object> { ["teamsApp@odata.bind"] = $"{options.GraphBaseUrl.TrimEnd('/')}/appCatalogs/teamsApps/{appId}" },
        };
        try
        {
            await CallAsync(ct => graph.Users[userId].Teamwork.InstalledApps.PostAsync(install, cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 409)
        {
            // Installed already: by another instance, or by the person themselves a moment ago.
        }

        return await FindInstallationAsync(userId, appId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Graph installed the app for user {userId} but does not list the installation.");
    }

    /// <summary>The id of the 1:1 chat between the user and the bot that the installation created (the Bot Connector's conversation id).</summary>
    public async Task<string> ChatIdAsync(string userId, string installationId, CancellationToken cancellationToken)
    {
        var chat = await CallAsync(ct => graph.Users[userId].Teamwork.InstalledApps[installationId].Chat.GetAsync(cancellationToken: ct), cancellationToken)
            .ConfigureAwait(false);
        return chat?.Id is { Length: > 0 } id ? id : throw new InvalidOperationException($"Graph gave no chat for installation {installationId}.");
    }

    private async Task<string?> FindInstallationAsync(string userId, string appId, CancellationToken cancellationToken)
    {
        var installed = graph.Users[userId].Teamwork.InstalledApps;
        var page = await CallAsync(ct => installed.GetAsync(r =>
        {
            r.QueryParameters.Expand = ["teamsApp"];
            r.QueryParameters.Filter = $"teamsApp/id eq {Literal(appId)}";
        }, ct), cancellationToken).ConfigureAwait(false);
        while (page is not null)
        {
            if (page.Value?.FirstOrDefault(i => i.TeamsApp?.Id == appId) is { Id.Length: > 0 } installation) return installation.Id;
            if (string.IsNullOrEmpty(page.OdataNextLink)) return null;
            var next = page.OdataNextLink;
            page = await CallAsync(ct => installed.WithUrl(next).GetAsync(cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private async Task<string> CatalogAppIdAsync(CancellationToken cancellationToken)
    {
        if (catalogAppId is { } known) return known;
        await catalogLookup.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (catalogAppId is { } found) return found;
            var manifestId = string.IsNullOrWhiteSpace(options.ManifestId) ? options.AppId : options.ManifestId;
            var apps = await CallAsync(ct => graph.AppCatalogs.TeamsApps.GetAsync(r => r.QueryParameters.Filter = $"externalId eq {Literal(manifestId)}", ct), cancellationToken)
                .ConfigureAwait(false);
            return catalogAppId = apps?.Value?.FirstOrDefault(a => string.Equals(a.ExternalId, manifestId, StringComparison.OrdinalIgnoreCase))?.Id
                ?? throw new InvalidOperationException($"The tenant's app catalog has no app with manifest id {manifestId}: upload the app package, or set Teams:CatalogAppId.");
        }
        finally
        {
            catalogLookup.Release();
        }
    }

    // A timeout must not look like the caller giving up: the notifier retries timeouts and stops on cancellation.
    private static async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CallTimeout);
        try
        {
            return await call(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Microsoft Graph did not answer within {CallTimeout.TotalSeconds} s.", ex);
        }
    }

    private static bool Matches(User user, string email) =>
        string.Equals(user.Mail, email, StringComparison.OrdinalIgnoreCase) || string.Equals(user.UserPrincipalName, email, StringComparison.OrdinalIgnoreCase);

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
