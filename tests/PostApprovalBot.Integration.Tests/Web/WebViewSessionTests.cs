using PostApprovalBot.Web.Sessions;

namespace PostApprovalBot.Integration.Tests.Web;

/// <summary>Who gets a web view session: only the bearer of a valid Teams SSO token for this app, and nobody without one.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Security")]
public sealed class WebViewSessionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Lena = "lena.legal@contoso.com";
    private WebViewHost host = null!;

    public async Task InitializeAsync() => host = await WebViewHost.StartAsync(azurite);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_page_sends_someone_not_signed_in_to_the_sign_in_page()
    {
        using var browser = host.Browser();

        var answer = await browser.GetAsync("/web/drafts");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/web/signin", answer.Headers.Location!.PathAndQuery);
    }

    public static TheoryData<string> Refused => ["none", "forged", "other audience", "no scope", "expired", "no e-mail", "v1 of another tenant"];

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task The_tab_session_is_refused_without_a_valid_Teams_SSO_token(string token)
    {
        var bearer = token switch
        {
            "none" => null,
            "forged" => EntraTestKey.Forged(WebViewHost.ClientId, WebViewHost.Claims(Lena)),
            "other audience" => host.SsoToken(Lena, audience: "api://another-app"),
            "no scope" => host.SsoToken(Lena, scope: "User.Read"),
            "expired" => ExpiredToken(),
            "v1 of another tenant" => host.SsoTokenV1(Lena, issuer: "https://sts.windows.net/99999999-4f50-4a6b-8c7d-9e0f1a2b3c4d/"),
            _ => NoEmailToken(),
        };
        using var browser = host.Browser();

        var answer = await WebViewHost.OpenSessionAsync(browser, bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.False(answer.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/web/drafts")).StatusCode);
    }

    [Theory]
    [InlineData(WebViewHost.ClientId)]
    [InlineData(WebViewHost.ApplicationIdUri)]
    public async Task A_valid_token_for_either_audience_opens_a_session_for_its_person(string audience)
    {
        using var browser = host.Browser();

        var opened = await WebViewHost.OpenSessionAsync(browser, host.SsoToken(Lena, audience));
        var page = await browser.GetAsync("/web/drafts");

        Assert.Equal(HttpStatusCode.NoContent, opened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Signed in as lena.legal", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_v1_token_of_the_same_tenant_opens_a_session_as_a_v2_token_does()
    {
        using var browser = host.Browser();

        var opened = await WebViewHost.OpenSessionAsync(browser, host.SsoTokenV1(Lena));
        var page = await browser.GetAsync("/web/drafts");

        Assert.Equal(HttpStatusCode.NoContent, opened.StatusCode);
        Assert.Contains("Signed in as lena.legal", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Over_https_the_session_cookie_can_reach_the_Teams_frame_and_over_http_it_stays_first_party()
    {
        using var https = host.Browser(new Uri("https://localhost"));
        using var http = host.Browser();

        var secure = (await WebViewHost.OpenSessionAsync(https, host.SsoToken(Lena))).Headers.GetValues("Set-Cookie").Single().ToLowerInvariant();
        var plain = (await WebViewHost.OpenSessionAsync(http, host.SsoToken(Lena))).Headers.GetValues("Set-Cookie").Single().ToLowerInvariant();

        Assert.All(["secure", "samesite=none", "partitioned", "httponly", "path=/web"], attribute => Assert.Contains(attribute, secure, StringComparison.Ordinal));
        Assert.Contains("samesite=lax", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("partitioned", plain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/web/drafts/P-ABC123", "/web/drafts/P-ABC123")]
    [InlineData("//evil.example/web", ReturnUrl.Home)]
    [InlineData("https://evil.example/web", ReturnUrl.Home)]
    [InlineData("/web\\..\\evil", ReturnUrl.Home)]
    [InlineData("/admin/api/v1/accounts", ReturnUrl.Home)]
    [InlineData(null, ReturnUrl.Home)]
    public void After_sign_in_only_pages_of_the_web_view_are_returned_to(string? asked, string expected) =>
        Assert.Equal(expected, ReturnUrl.Safe(asked));

    private string ExpiredToken() => host.SsoTokenExpired(Lena);

    private string NoEmailToken() => host.SsoTokenWithout(Lena, "preferred_username");
}
