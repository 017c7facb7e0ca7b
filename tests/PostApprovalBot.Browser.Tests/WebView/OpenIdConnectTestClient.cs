using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;
using PostApprovalBot.Testing.Entra;

namespace PostApprovalBot.Browser.Tests.WebView;

/// <summary>
/// An app signing in through <see cref="OpenIdConnectStandIn"/> the way ASP.NET Core's OpenID Connect handler does (code flow, PKCE S256,
/// form_post), written out by hand to check the stand-in itself; also signs in over plain HTTP, without a browser.
/// </summary>
public sealed partial class OpenIdConnectTestClient(OpenIdConnectStandIn entra, OpenIdConnectClient app) : IDisposable
{
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false });

    public string Verifier { get; } = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    public string Nonce { get; } = Guid.NewGuid().ToString("N");

    public string State { get; } = Guid.NewGuid().ToString("N");

    public Uri AuthorizeUrl(string? redirectUri = null, string? challenge = null) => new(
        $"{entra.AuthorizationEndpoint}?client_id={app.ClientId}"
        + $"&redirect_uri={Uri.EscapeDataString(redirectUri ?? app.RedirectUris[0])}&response_type=code&response_mode=form_post"
        + $"&scope={Uri.EscapeDataString("openid profile email")}&state={State}&nonce={Nonce}"
        + $"&code_challenge={challenge ?? Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)))}&code_challenge_method=S256");

    /// <summary>The sign-in page and its form, over HTTP; returns the code Entra posts back.</summary>
    public async Task<string> SignInOverHttpAsync(string email)
    {
        var page = await http.GetStringAsync(AuthorizeUrl());
        using var signedIn = await http.PostAsync(
            new Uri(entra.BaseUri, $"{OpenIdConnectStandIn.TenantId}/login"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["flow"] = HiddenField(page, "flow"), ["email"] = email }));
        return HiddenField(await signedIn.Content.ReadAsStringAsync(), "code");
    }

    public Task<HttpResponseMessage> GetAsync(Uri url) => http.GetAsync(url);

    public Task<HttpResponseMessage> RedeemAsync(string code, string? verifier = null, string? secret = null) => http.PostAsync(
        new Uri(entra.TokenEndpoint),
        new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = app.ClientId, ["client_secret"] = secret ?? app.ClientSecret, ["grant_type"] = "authorization_code",
            ["code"] = code, ["redirect_uri"] = app.RedirectUris[0], ["code_verifier"] = verifier ?? Verifier,
        }));

    public void Dispose() => http.Dispose();

    private static string HiddenField(string html, string name) =>
        HiddenInput().Matches(html).FirstOrDefault(m => m.Groups["name"].Value == name) is { } match
            ? WebUtility.HtmlDecode(match.Groups["value"].Value)
            : throw new InvalidOperationException($"No hidden field '{name}' in: {html}");

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
