using System.Net;
using System.Net.Http.Headers;

namespace PostApprovalBot.Browser.Tests.WebView;

/// <summary>The Teams tab's sign-in: the tab posts the Teams SSO token it got from Teams, and gets a web view session for it.</summary>
[Collection(WebViewCollection.Name)]
[Trait("Category", "Browser")]
public sealed class TabSessionTests(WebViewRig rig)
{
    private static readonly WebPerson Lena = WebPerson.Lena;

    [Fact]
    public async Task Tab_session_refuses_a_request_without_a_valid_Teams_SSO_token()
    {
        using var tab = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = rig.Bot.BaseUrl };
        var entra = rig.Entra;

        await AssertRefusedAsync(tab, null, "no token");
        await AssertRefusedAsync(tab, entra.MintTeamsSsoToken(Lena.Email, Lena.Name, foreignKey: true), "a token signed with a key Entra does not publish");
        await AssertRefusedAsync(tab, entra.MintTeamsSsoToken(Lena.Email, Lena.Name, audience: "api://elsewhere.example/" + Guid.NewGuid()), "a token for another app");
        await AssertRefusedAsync(tab, entra.MintTeamsSsoToken(Lena.Email, Lena.Name, issuer: "https://login.microsoftonline.com/" + Guid.NewGuid() + "/v2.0"), "a token of another tenant");
        await AssertRefusedAsync(tab, entra.MintTeamsSsoToken(Lena.Email, Lena.Name, expired: true), "an expired token");

        foreach (var audience in new[] { WebViewRig.ClientId, WebViewRig.ApplicationIdUri })
        {
            using var accepted = await PostSessionAsync(tab, entra.MintTeamsSsoToken(Lena.Email, Lena.Name, audience: audience));
            Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
            var cookies = accepted.Headers.TryGetValues("Set-Cookie", out var set) ? set.ToList() : [];
            Assert.NotEmpty(cookies);

            // The cookie is a session of Lena's: the web view's pages know her.
            using var drafts = new HttpRequestMessage(HttpMethod.Get, "web/drafts");
            drafts.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Split(';')[0])));
            using var page = await tab.SendAsync(drafts);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains($"Signed in as {Lena.Name}", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static async Task AssertRefusedAsync(HttpClient tab, string? token, string what)
    {
        using var response = await PostSessionAsync(tab, token);
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{what}: expected 401, got {(int)response.StatusCode}.");
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{what}: a cookie was set.");
    }

    private static Task<HttpResponseMessage> PostSessionAsync(HttpClient tab, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "web/teams/session");
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return tab.SendAsync(request);
    }
}
