using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using PostApprovalBot.Testing.Teams;

namespace PostApprovalBot.Testing.Entra;

/// <summary>
/// Entra ID v2 for one tenant on a loopback port (plain http), behaving as Entra does for a web app's sign-in: discovery, key set,
/// authorization code flow with PKCE and form_post (a sign-in page where the test types who signs in), token endpoint, logout;
/// and Teams SSO tokens minted for the tab. Every request is recorded.
/// </summary>
public sealed class OpenIdConnectStandIn : IAsyncDisposable
{
    /// <summary>The stand-in tenant's id (<c>tid</c>).</summary>
    public const string TenantId = "4a7c2e91-3b5d-4f60-8e1a-9c0d2b3f5e71";

    private readonly ConcurrentDictionary<string, OpenIdConnectClient> clients = new();
    private readonly Dictionary<string, EntraPerson> people;
    private LoopbackHttp? server;

    private OpenIdConnectStandIn(IEnumerable<EntraPerson> people) =>
        this.people = people.ToDictionary(p => p.Email, StringComparer.OrdinalIgnoreCase);

    /// <summary>The key the tenant signs with (published in the key set).</summary>
    public ChannelKey SigningKey { get; } = new("entra-key-1");

    /// <summary>A key with the same kid that the tenant does not publish: what a forger would sign with.</summary>
    public ChannelKey ForeignKey { get; } = new("entra-key-1");

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri BaseUri => server!.BaseUri;

    /// <summary>What to configure as the OIDC authority (<c>WebView:Authority</c>): discovery is at <c>{Authority}/.well-known/openid-configuration</c>.</summary>
    public string Authority => $"{BaseUri}{TenantId}/v2.0";

    /// <summary>The <c>iss</c> of every token, as in the discovery document.</summary>
    public string Issuer => Authority;

    public string DiscoveryUrl => Authority + "/.well-known/openid-configuration";

    /// <summary>Where an app sends the browser to sign in; the sign-in page is shown there.</summary>
    public string AuthorizationEndpoint => $"{BaseUri}{TenantId}/oauth2/v2.0/authorize";

    public string TokenEndpoint => $"{BaseUri}{TenantId}/oauth2/v2.0/token";

    internal AuthorizationFlows Flows { get; } = new();

    public static async Task<OpenIdConnectStandIn> StartAsync(IEnumerable<EntraPerson> people, params OpenIdConnectClient[] clients)
    {
        var standIn = new OpenIdConnectStandIn(people);
        foreach (var client in clients) standIn.Register(client);
        standIn.server = await LoopbackHttp.StartAsync(standIn.Map);
        return standIn;
    }

    /// <summary>Registers (or replaces) an app registration, e.g. once the app's port and so its redirect URI are known.</summary>
    public void Register(OpenIdConnectClient client) => clients[client.ClientId] = client;

    internal OpenIdConnectClient? Client(string? clientId) => clientId is not null && clients.TryGetValue(clientId, out var c) ? c : null;

    internal EntraPerson? Person(string? email) => email is not null && people.TryGetValue(email.Trim(), out var p) ? p : null;

    /// <summary>
    /// A token as Teams hands a tab (<c>getAuthToken</c>): <c>scp=access_as_user</c>, audience the client id (or <paramref name="audience"/>).
    /// <paramref name="foreignKey"/> signs it with a key the tenant does not publish.
    /// </summary>
    public string MintTeamsSsoToken(
        string email, string name, string? audience = null, string? issuer = null, bool expired = false, bool foreignKey = false)
    {
        var now = DateTime.UtcNow;
        var (notBefore, expires) = expired ? (now.AddHours(-2), now.AddHours(-1)) : (now.AddMinutes(-1), now.AddHours(1));
        var aud = audience ?? clients.Values.FirstOrDefault()?.ClientId ?? throw new InvalidOperationException("No client is registered.");
        return EntraTokens.TeamsSso(foreignKey ? ForeignKey : SigningKey, issuer ?? Issuer, TenantId, aud, new EntraPerson(email, name), notBefore, expires);
    }

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private void Map(WebApplication app)
    {
        app.Use(RecordAsync);
        var tenant = "/" + TenantId;
        app.MapGet(tenant + "/v2.0/.well-known/openid-configuration", () => Results.Text(Discovery().ToJsonString(), "application/json"));
        app.MapGet(tenant + "/discovery/v2.0/keys", () =>
            Results.Text(new JsonObject { ["keys"] = new JsonArray(SigningKey.ToJwk()) }.ToJsonString(), "application/json"));
        app.MapGet(tenant + "/oauth2/v2.0/authorize", (HttpRequest request) => AuthorizeEndpoint.Begin(this, request.Query));
        app.MapPost(tenant + "/login", async (HttpRequest request) => AuthorizeEndpoint.SignIn(this, await request.ReadFormAsync()));
        app.MapPost(tenant + "/oauth2/v2.0/token", (HttpRequest request) => CodeRedemption.AnswerAsync(this, request));
        app.MapMethods(tenant + "/oauth2/v2.0/logout", ["GET", "POST"], (HttpRequest request) => Logout(request.Query));
    }

    private JsonObject Discovery()
    {
        return new JsonObject
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = AuthorizationEndpoint,
            ["token_endpoint"] = TokenEndpoint,
            ["end_session_endpoint"] = $"{BaseUri}{TenantId}/oauth2/v2.0/logout",
            ["jwks_uri"] = $"{BaseUri}{TenantId}/discovery/v2.0/keys",
            ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_post", "client_secret_basic"),
            ["response_types_supported"] = new JsonArray("code"),
            ["response_modes_supported"] = new JsonArray("query", "form_post"),
            ["code_challenge_methods_supported"] = new JsonArray("S256"),
            ["scopes_supported"] = new JsonArray("openid", "profile", "email", "offline_access"),
            ["subject_types_supported"] = new JsonArray("pairwise"),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["claims_supported"] = new JsonArray("sub", "iss", "aud", "exp", "iat", "nbf", "nonce", "name", "preferred_username", "email", "oid", "tid", "ver"),
            ["tenant_region_scope"] = "EU",
            ["cloud_instance_name"] = "microsoftonline.com",
            ["http_logout_supported"] = true,
        };
    }

    // Entra sends the browser back to post_logout_redirect_uri when it belongs to a registered app; otherwise it just says so.
    private IResult Logout(IQueryCollection query)
    {
        var target = query["post_logout_redirect_uri"].ToString();
        var registered = Uri.TryCreate(target, UriKind.Absolute, out var uri) && clients.Values.SelectMany(c => c.RedirectUris)
            .Any(r => Uri.TryCreate(r, UriKind.Absolute, out var known) && known.GetLeftPart(UriPartial.Authority) == uri.GetLeftPart(UriPartial.Authority));
        if (!registered) return EntraPages.Message("You signed out of your account", "It's a good idea to close all browser windows.");
        var state = query["state"].ToString();
        return Results.Redirect(state.Length == 0 ? target : $"{target}{(target.Contains('?') ? '&' : '?')}state={Uri.EscapeDataString(state)}");
    }

    private async Task RecordAsync(HttpContext context, RequestDelegate next)
    {
        context.Request.EnableBuffering();
        using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync();
        context.Request.Body.Position = 0;
        await next(context);
        Requests.Enqueue(new RecordedRequest(
            context.Request.Method, context.Features.Get<IHttpRequestFeature>()!.RawTarget, context.Request.Path.Value ?? "",
            context.Request.ContentType, context.Request.Headers.Authorization.ToString(), body, context.Response.StatusCode));
    }
}
