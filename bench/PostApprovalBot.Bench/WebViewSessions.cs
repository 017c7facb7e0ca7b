using System.Net.Http.Headers;
using PostApprovalBot.Integration.Tests.Infrastructure;
using PostApprovalBot.Web.Sessions;

namespace PostApprovalBot.Bench;

/// <summary>
/// The web view in the benchmark: configured for an Entra tenant stood in for by <see cref="EntraTestKey"/>, and a person's
/// browser session opened as the Teams tab opens one, by exchanging a Teams SSO token at /web/teams/session.
/// </summary>
public sealed class WebViewSessions
{
    private const string ClientId = "0b3c5d7e-9f1a-4b2c-8d3e-5f6a7b8c9d0e";
    private readonly EntraTestKey entra = new();

    public static IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("WebView:Authority", EntraTestKey.Issuer), new("WebView:ClientId", ClientId), new("WebView:ClientSecret", "not-used-by-the-bench"),
    ];

    public void Trust(IServiceCollection services) => entra.Trust(services, WebViewSchemes.TeamsSso);

    /// <summary>A client of <paramref name="baseAddress"/> that keeps the session cookie of <paramref name="person"/>.</summary>
    public async Task<HttpClient> OpenAsync(Uri baseAddress, BenchPerson person)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/web/teams/session");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", entra.Mint(ClientId, new()
        {
            ["preferred_username"] = person.Email, ["name"] = person.Name, ["scp"] = WebViewSchemes.TeamsSsoScope,
        }));
        using var opened = await client.SendAsync(request);
        if (opened.StatusCode != HttpStatusCode.NoContent) throw new InvalidOperationException($"The web view refused {person.Name}'s session: {(int)opened.StatusCode}.");
        return client;
    }
}
