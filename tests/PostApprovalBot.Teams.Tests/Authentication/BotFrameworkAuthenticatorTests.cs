using System.Text;
using Microsoft.IdentityModel.Tokens;
using PostApprovalBot.Teams.Authentication;

namespace PostApprovalBot.Teams.Tests.Authentication;

[Trait("Category", "Security")]
public sealed class BotFrameworkAuthenticatorTests : IAsyncLifetime
{
    private AuthenticatorHarness h = null!;

    public async Task InitializeAsync() => h = await AuthenticatorHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task Valid_channel_token_is_accepted()
    {
        var outcome = await h.AuthenticateSignedBy(h.TeamsKey);

        Assert.Equal(new InboundAuthentication.Authenticated(ViaEmulatorMode: false), outcome);
    }

    [Fact]
    public async Task Token_for_another_audience_is_refused()
    {
        var token = new ChannelToken { Audience = "some-other-bot" }.SignWith(h.TeamsKey);

        AuthenticatorHarness.AssertRefused(401, "audience", await h.AuthenticateAsync("Bearer " + token));
    }

    [Fact]
    public async Task Token_from_another_issuer_is_refused()
    {
        var token = new ChannelToken { Issuer = "https://sts.windows.net/evil/" }.SignWith(h.TeamsKey);

        AuthenticatorHarness.AssertRefused(401, "issuer", await h.AuthenticateAsync("Bearer " + token));
    }

    [Fact]
    public async Task Token_expired_beyond_the_clock_skew_is_refused()
    {
        var token = new ChannelToken { NotBefore = DateTime.UtcNow.AddHours(-1), Expires = DateTime.UtcNow.AddMinutes(-6) }.SignWith(h.TeamsKey);

        AuthenticatorHarness.AssertRefused(401, "expired", await h.AuthenticateAsync("Bearer " + token));
    }

    [Fact]
    public async Task Token_expired_within_the_clock_skew_is_accepted()
    {
        var token = new ChannelToken { NotBefore = DateTime.UtcNow.AddHours(-1), Expires = DateTime.UtcNow.AddMinutes(-3) }.SignWith(h.TeamsKey);

        Assert.IsType<InboundAuthentication.Authenticated>(await h.AuthenticateAsync("Bearer " + token));
    }

    [Fact]
    public async Task Token_not_valid_yet_is_refused()
    {
        var token = new ChannelToken { NotBefore = DateTime.UtcNow.AddMinutes(10), Expires = DateTime.UtcNow.AddHours(1) }.SignWith(h.TeamsKey);

        AuthenticatorHarness.AssertRefused(401, "not valid yet", await h.AuthenticateAsync("Bearer " + token));
    }

    [Fact]
    public async Task Token_signed_by_an_impostor_key_with_a_published_kid_is_refused()
    {
        var impostor = new ChannelKey(h.TeamsKey.Kid, "msteams");

        AuthenticatorHarness.AssertRefused(401, "signature", await h.AuthenticateAsync("Bearer " + new ChannelToken().SignWith(impostor)));
    }

    [Fact]
    public async Task Token_with_a_tampered_payload_is_refused()
    {
        var parts = new ChannelToken().SignWith(h.TeamsKey).Split('.');
        var forgedPayload = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(
            Base64UrlEncoder.Decode(parts[1]).Replace(ChannelToken.AppId, ChannelToken.AppId.ToUpperInvariant(), StringComparison.Ordinal)));

        AuthenticatorHarness.AssertRefused(401, "signature", await h.AuthenticateAsync($"Bearer {parts[0]}.{forgedPayload}.{parts[2]}"));
    }

    [Fact]
    public async Task Token_signed_by_an_unpublished_key_is_refused()
    {
        var unknown = new ChannelKey("key-never-published", "msteams");

        AuthenticatorHarness.AssertRefused(401, "not in the Bot Framework key set", await h.AuthenticateAsync("Bearer " + new ChannelToken().SignWith(unknown)));
    }

    [Fact]
    public async Task Token_issued_for_another_service_url_is_refused()
    {
        var token = new ChannelToken { ServiceUrl = "https://attacker.example/" }.SignWith(h.TeamsKey);

        AuthenticatorHarness.AssertRefused(401, "serviceUrl", await h.AuthenticateAsync("Bearer " + token));
    }

    [Fact]
    public async Task Token_without_a_service_url_claim_is_refused()
    {
        var token = new ChannelToken { ServiceUrl = null }.SignWith(h.TeamsKey);

        AuthenticatorHarness.AssertRefused(401, "serviceurl claim", await h.AuthenticateAsync("Bearer " + token));
    }

    [Fact]
    public async Task Unsigned_token_with_alg_none_is_refused()
    {
        AuthenticatorHarness.AssertRefused(401, "'none'", await h.AuthenticateAsync("Bearer " + new ChannelToken().Unsigned(h.TeamsKey.Kid)));
    }

    [Fact]
    public async Task Hmac_token_keyed_with_the_public_key_is_refused()
    {
        var hmacKey = new SymmetricSecurityKey(h.TeamsKey.PublicModulus) { KeyId = h.TeamsKey.Kid };
        var token = new ChannelToken().SignWith(new SigningCredentials(hmacKey, SecurityAlgorithms.HmacSha256));

        AuthenticatorHarness.AssertRefused(401, "HS256", await h.AuthenticateAsync("Bearer " + token));
    }

    [Fact]
    public async Task Request_without_authorization_header_is_refused()
    {
        AuthenticatorHarness.AssertRefused(401, "missing", await h.AuthenticateAsync(null));
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Token abc.def.ghi")]
    public async Task Authorization_scheme_other_than_bearer_is_refused(string header)
    {
        AuthenticatorHarness.AssertRefused(401, "Bearer", await h.AuthenticateAsync(header));
    }

    [Fact]
    public async Task Bearer_value_that_is_not_a_jwt_is_refused()
    {
        AuthenticatorHarness.AssertRefused(401, "well-formed", await h.AuthenticateAsync("Bearer not-a-token"));
    }

    [Fact]
    public async Task Without_an_app_id_requests_outside_emulator_mode_are_refused()
    {
        var withoutAppId = h.Create(appId: "");

        var outcome = await withoutAppId.AuthenticateAsync(
            "Bearer " + new ChannelToken().SignWith(h.TeamsKey), TestActivities.TeamsMessage(), AuthenticatorHarness.Remote, CancellationToken.None);

        AuthenticatorHarness.AssertRefused(401, "No app id", outcome);
    }
}
