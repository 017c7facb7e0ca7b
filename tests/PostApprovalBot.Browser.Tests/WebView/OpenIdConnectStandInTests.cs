using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Playwright;
using PostApprovalBot.Browser.Tests.Infrastructure;
using PostApprovalBot.Testing.Entra;
using static Microsoft.Playwright.Assertions;
using LoopbackHttp = PostApprovalBot.Testing.LoopbackHttp;

namespace PostApprovalBot.Browser.Tests.WebView;

/// <summary>The Entra stand-in the web view's tests sign in through behaves as Entra does, before anything relies on it.</summary>
[Trait("Category", "Browser")]
public sealed class OpenIdConnectStandInTests : IAsyncLifetime
{
    private static readonly EntraPerson Lena = WebPerson.Lena.Entra;
    private readonly TaskCompletionSource<Dictionary<string, string>> posted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LoopbackHttp app = null!;
    private OpenIdConnectStandIn entra = null!;
    private OpenIdConnectTestClient client = null!;

    public async Task InitializeAsync()
    {
        // The app's callback: what Entra posted to it, and a page that says it arrived.
        app = await LoopbackHttp.StartAsync(web => web.MapPost("/signin-oidc", async (HttpRequest request) =>
        {
            posted.TrySetResult((await request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString()));
            return Results.Content("<p>Callback received</p>", "text/html");
        }));
        var registration = new OpenIdConnectClient("3f1c9a7e-0000-4000-8000-0000000000a1", "stand-in-test-secret", [new Uri(app.BaseUri, "signin-oidc").ToString()]);
        entra = await OpenIdConnectStandIn.StartAsync([Lena], registration);
        client = new OpenIdConnectTestClient(entra, registration);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await entra.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Sign_in_in_Chromium_posts_a_code_back_that_redeems_once_for_a_signed_id_token_naming_the_person()
    {
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using (playwright)
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(client.AuthorizeUrl().ToString());
            await page.GetByLabel("Email").FillAsync(Lena.Email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.GetByText("Callback received")).ToBeVisibleAsync();
            await browser.CloseAsync();
        }

        var form = await posted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(client.State, form["state"]);
        using var redeemed = await client.RedeemAsync(form["code"]);
        var tokens = JsonNode.Parse(await redeemed.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        var idToken = await ValidateAsync((string)tokens["id_token"]!);
        Assert.Equal(client.Nonce, idToken.GetClaim("nonce").Value);
        Assert.Equal(Lena.Email, idToken.GetClaim("preferred_username").Value);
        Assert.Equal(Lena.Name, idToken.GetClaim("name").Value);
        Assert.Equal(Lena.ObjectId, idToken.GetClaim("oid").Value);

        using var again = await client.RedeemAsync(form["code"]);
        await AssertErrorAsync(again, HttpStatusCode.BadRequest, "invalid_grant", "AADSTS54005");
    }

    [Fact]
    public async Task Token_endpoint_refuses_a_code_verifier_that_does_not_match_the_challenge()
    {
        var code = await client.SignInOverHttpAsync(Lena.Email);
        using var response = await client.RedeemAsync(code, verifier: client.Verifier[..^1] + (client.Verifier[^1] == 'A' ? 'B' : 'A'));
        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "invalid_grant", "AADSTS501481");
    }

    [Fact]
    public async Task Token_endpoint_refuses_a_wrong_client_secret()
    {
        var code = await client.SignInOverHttpAsync(Lena.Email);
        using var response = await client.RedeemAsync(code, secret: "not-the-secret");
        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client", "AADSTS7000215");
    }

    [Fact]
    public async Task Authorize_shows_an_error_page_for_a_redirect_uri_that_is_not_registered()
    {
        using var response = await client.GetAsync(client.AuthorizeUrl(redirectUri: "http://127.0.0.1:9/elsewhere"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("AADSTS50011", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<JsonWebToken> ValidateAsync(string token)
    {
        using var http = new HttpClient();
        var discovery = JsonNode.Parse(await http.GetStringAsync(entra.DiscoveryUrl))!;
        var keys = new JsonWebKeySet(await http.GetStringAsync((string)discovery["jwks_uri"]!));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = (string)discovery["issuer"]!,
            ValidAudience = "3f1c9a7e-0000-4000-8000-0000000000a1",
            IssuerSigningKeys = keys.GetSigningKeys(),
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return (JsonWebToken)result.SecurityToken;
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string error, string code)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(error, (string?)body["error"]);
        Assert.StartsWith(code + ":", (string?)body["error_description"], StringComparison.Ordinal);
    }
}
