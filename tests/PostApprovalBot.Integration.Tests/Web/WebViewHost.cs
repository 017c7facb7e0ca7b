using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using PostApprovalBot.Web.Sessions;

namespace PostApprovalBot.Integration.Tests.Web;

/// <summary>
/// The real host with the web view configured for an Entra tenant stood in for by <see cref="EntraTestKey"/>: people sign in
/// as the Teams tab does, by exchanging a Teams SSO token at /web/teams/session, and then browse with the session cookie.
/// </summary>
public sealed partial class WebViewHost : IAsyncDisposable
{
    public const string ClientId = "6a0f7a3e-2d1b-4c55-9a5e-1f0c2b3d4e5f";
    public const string ApplicationIdUri = "api://bot.contoso.test/" + ClientId;

    private readonly EntraTestKey entra = new();
    private readonly BotFactory bot;

    private WebViewHost(AzuriteFixture azurite, (string, string?)[] extra, Action<IServiceCollection>? services) =>
        bot = new BotFactory(BotFactory.OnAzurite(azurite, [
            ("WebView:Authority", EntraTestKey.Issuer), ("WebView:ClientId", ClientId), ("WebView:ClientSecret", "not-used-in-process"),
            ("WebView:ApplicationIdUri", ApplicationIdUri), .. extra]).Settings)
        {
            TestServices = s =>
            {
                entra.Trust(s, WebViewSchemes.TeamsSso);
                services?.Invoke(s);
            },
        };

    public IServiceProvider Services => bot.Services;

    public static Task<WebViewHost> StartAsync(AzuriteFixture azurite, params (string, string?)[] extra) => StartAsync(azurite, null, extra);

    public static async Task<WebViewHost> StartAsync(AzuriteFixture azurite, Action<IServiceCollection>? services, params (string, string?)[] extra)
    {
        var host = new WebViewHost(azurite, extra, services);
        using var client = host.Browser();
        for (var i = 0; i < 100 && (await client.GetAsync("/healthz")).StatusCode != HttpStatusCode.OK; i++) await Task.Delay(100);
        return host;
    }

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient Browser(Uri? baseAddress = null) => bot.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, HandleCookies = true, BaseAddress = baseAddress ?? new Uri("http://localhost"),
    });

    public string SsoToken(string email, string? audience = null, string scope = WebViewSchemes.TeamsSsoScope) =>
        entra.Mint(audience ?? ClientId, Claims(email, scope));

    /// <summary>A v1 access token as Entra issues it when the app registration keeps its default token version: upn, no preferred_username.</summary>
    public string SsoTokenV1(string email, string issuer = EntraTestKey.V1Issuer) =>
        entra.Mint(ApplicationIdUri, new() { ["upn"] = email, ["name"] = email.Split('@')[0], ["scp"] = WebViewSchemes.TeamsSsoScope, ["tid"] = EntraTestKey.TenantId, ["ver"] = "1.0" }, issuer: issuer);

    public string SsoTokenExpired(string email) => entra.Mint(ClientId, Claims(email), DateTime.UtcNow.AddMinutes(-10));

    public string SsoTokenWithout(string email, string claim)
    {
        var claims = Claims(email);
        claims.Remove(claim);
        return entra.Mint(ClientId, claims);
    }

    public static Dictionary<string, object> Claims(string email, string scope = WebViewSchemes.TeamsSsoScope) =>
        new() { ["preferred_username"] = email, ["name"] = email.Split('@')[0], ["scp"] = scope, ["tid"] = "tenant", ["oid"] = Guid.NewGuid().ToString() };

    public static Task<HttpResponseMessage> OpenSessionAsync(HttpClient client, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/web/teams/session");
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }

    /// <summary>A browser session of <paramref name="email"/>, opened as the Teams tab opens one.</summary>
    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = Browser();
        var opened = await OpenSessionAsync(client, SsoToken(email));
        Assert.Equal(HttpStatusCode.NoContent, opened.StatusCode);
        return client;
    }

    /// <summary>Posts a page's form as a browser would: with the antiforgery token the page rendered.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> SubmitFormAsync(HttpClient client, string page, string action, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(html).Groups[1].Value;
        var answer = await client.PostAsync(action, new FormUrlEncodedContent(fields));
        return (answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }

    public ValueTask DisposeAsync() => bot.DisposeAsync();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
