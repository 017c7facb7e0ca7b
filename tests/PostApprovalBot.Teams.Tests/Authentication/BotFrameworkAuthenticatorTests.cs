using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using PostApprovalBot.Teams.Authentication;
using PostApprovalBot.Teams.Tests.Support;

namespace PostApprovalBot.Teams.Tests.Authentication;

[Trait("Category", "Security")]
public sealed class BotFrameworkAuthenticatorTests : IAsyncLifetime
{
    private static readonly IPAddress Remote = IPAddress.Parse("52.112.0.10");
    private readonly ChannelSigningKey teamsKey = new("key-1", "msteams", "webchat");
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly HttpClient http = new();
    private BotFrameworkKeyServer keyServer = null!;
    private BotFrameworkAuthenticator authenticator = null!;

    public async Task InitializeAsync()
    {
        keyServer = await BotFrameworkKeyServer.StartAsync(teamsKey);
        authenticator = Authenticator(ChannelToken.AppId);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await keyServer.DisposeAsync();
    }

    [Fact]
    public async Task Valid_channel_token_is_accepted()
    {
        var outcome = await Authenticate("Bearer " + new ChannelToken().SignWith(teamsKey));

        Assert.Equal(new InboundAuthentication.Authenticated(ViaEmulatorMode: false), outcome);
    }

    [Fact]
    public async Task Token_for_another_audience_is_refused()
    {
        var token = new ChannelToken { Audience = "some-other-bot" }.SignWith(teamsKey);

        AssertRefused(401, "audience", await Authenticate("Bearer " + token));
    }

    [Fact]
    public async Task Token_from_another_issuer_is_refused()
    {
        var token = new ChannelToken { Issuer = "https://sts.windows.net/evil/" }.SignWith(teamsKey);

        AssertRefused(401, "issuer", await Authenticate("Bearer " + token));
    }

    [Fact]
    public async Task Token_expired_beyond_the_clock_skew_is_refused()
    {
        var token = new ChannelToken { NotBefore = DateTime.UtcNow.AddHours(-1), Expires = DateTime.UtcNow.AddMinutes(-6) }.SignWith(teamsKey);

        AssertRefused(401, "expired", await Authenticate("Bearer " + token));
    }

    [Fact]
    public async Task Token_expired_within_the_clock_skew_is_accepted()
    {
        var token = new ChannelToken { NotBefore = DateTime.UtcNow.AddHours(-1), Expires = DateTime.UtcNow.AddMinutes(-3) }.SignWith(teamsKey);

        Assert.IsType<InboundAuthentication.Authenticated>(await Authenticate("Bearer " + token));
    }

    [Fact]
    public async Task Token_not_valid_yet_is_refused()
    {
        var token = new ChannelToken { NotBefore = DateTime.UtcNow.AddMinutes(10), Expires = DateTime.UtcNow.AddHours(1) }.SignWith(teamsKey);

        AssertRefused(401, "not valid yet", await Authenticate("Bearer " + token));
    }

    [Fact]
    public async Task Token_signed_by_an_impostor_key_with_a_published_kid_is_refused()
    {
        var impostor = new ChannelSigningKey(teamsKey.Kid, "msteams");

        AssertRefused(401, "signature", await Authenticate("Bearer " + new ChannelToken().SignWith(impostor)));
    }

    [Fact]
    public async Task Token_with_a_tampered_payload_is_refused()
    {
        var parts = new ChannelToken().SignWith(teamsKey).Split('.');
        var forgedPayload = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(
            Base64UrlEncoder.Decode(parts[1]).Replace(ChannelToken.AppId, ChannelToken.AppId.ToUpperInvariant(), StringComparison.Ordinal)));

        AssertRefused(401, "signature", await Authenticate($"Bearer {parts[0]}.{forgedPayload}.{parts[2]}"));
    }

    [Fact]
    public async Task Token_signed_by_an_unpublished_key_is_refused()
    {
        var unknown = new ChannelSigningKey("key-never-published", "msteams");

        AssertRefused(401, "not in the Bot Framework key set", await Authenticate("Bearer " + new ChannelToken().SignWith(unknown)));
    }

    [Fact]
    public async Task Rotated_key_is_found_with_exactly_one_refetch()
    {
        await Authenticate("Bearer " + new ChannelToken().SignWith(teamsKey));
        var rotated = new ChannelSigningKey("key-2", "msteams");
        keyServer.Publish(teamsKey, rotated);
        clock.Advance(BotFrameworkAuthenticator.UnknownKidRefetchInterval);

        var outcome = await Authenticate("Bearer " + new ChannelToken().SignWith(rotated));
        await Authenticate("Bearer " + new ChannelToken().SignWith(rotated));

        Assert.IsType<InboundAuthentication.Authenticated>(outcome);
        Assert.Equal(2, keyServer.KeySetFetches);
    }

    [Fact]
    public async Task Unknown_kids_trigger_at_most_one_refetch_per_interval()
    {
        await Authenticate("Bearer " + new ChannelToken().SignWith(teamsKey));
        clock.Advance(BotFrameworkAuthenticator.UnknownKidRefetchInterval);

        for (var i = 0; i < 5; i++)
        {
            await Authenticate("Bearer " + new ChannelToken().SignWith(new ChannelSigningKey($"forged-{i}", "msteams")));
        }

        Assert.Equal(2, keyServer.KeySetFetches);
    }

    [Fact]
    public async Task Cached_keys_are_reused_within_their_lifetime()
    {
        for (var i = 0; i < 3; i++)
        {
            await Authenticate("Bearer " + new ChannelToken().SignWith(teamsKey));
            clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(1, keyServer.KeySetFetches);
    }

    [Fact]
    public async Task Key_not_endorsed_for_the_activity_channel_is_refused_with_403()
    {
        var slackOnly = new ChannelSigningKey("key-slack", "slack");
        keyServer.Publish(teamsKey, slackOnly);
        clock.Advance(BotFrameworkAuthenticator.UnknownKidRefetchInterval);

        AssertRefused(403, "endorsed", await Authenticate("Bearer " + new ChannelToken().SignWith(slackOnly)));
    }

    [Fact]
    public async Task Token_issued_for_another_service_url_is_refused()
    {
        var token = new ChannelToken { ServiceUrlClaim = "https://attacker.example/" }.SignWith(teamsKey);

        AssertRefused(401, "serviceUrl", await Authenticate("Bearer " + token));
    }

    [Fact]
    public async Task Token_without_a_service_url_claim_is_refused()
    {
        var token = new ChannelToken { ServiceUrlClaim = null }.SignWith(teamsKey);

        AssertRefused(401, "serviceurl claim", await Authenticate("Bearer " + token));
    }

    [Fact]
    public async Task Unsigned_token_with_alg_none_is_refused()
    {
        AssertRefused(401, "'none'", await Authenticate("Bearer " + new ChannelToken().Unsigned(teamsKey.Kid)));
    }

    [Fact]
    public async Task Hmac_token_keyed_with_the_public_key_is_refused()
    {
        var hmacKey = new SymmetricSecurityKey(teamsKey.PublicModulus) { KeyId = teamsKey.Kid };
        var token = new ChannelToken().Sign(new SigningCredentials(hmacKey, SecurityAlgorithms.HmacSha256));

        AssertRefused(401, "HS256", await Authenticate("Bearer " + token));
    }

    [Fact]
    public async Task Request_without_authorization_header_is_refused()
    {
        AssertRefused(401, "missing", await Authenticate(null));
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Token abc.def.ghi")]
    public async Task Authorization_scheme_other_than_bearer_is_refused(string header)
    {
        AssertRefused(401, "Bearer", await Authenticate(header));
    }

    [Fact]
    public async Task Bearer_value_that_is_not_a_jwt_is_refused()
    {
        AssertRefused(401, "well-formed", await Authenticate("Bearer not-a-token"));
    }

    [Fact]
    public async Task Without_an_app_id_requests_outside_emulator_mode_are_refused()
    {
        var withoutAppId = Authenticator(appId: "");

        var outcome = await withoutAppId.AuthenticateAsync(
            "Bearer " + new ChannelToken().SignWith(teamsKey), TestActivities.TeamsMessage(), Remote, CancellationToken.None);

        AssertRefused(401, "No app id", outcome);
    }

    [Fact]
    public async Task Key_outage_before_any_key_was_fetched_is_an_outage_not_a_verdict()
    {
        keyServer.Failing = true;

        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => Authenticate("Bearer " + new ChannelToken().SignWith(teamsKey)));
    }

    [Fact]
    public async Task Key_outage_after_keys_were_fetched_keeps_the_cached_keys()
    {
        await Authenticate("Bearer " + new ChannelToken().SignWith(teamsKey));
        keyServer.Failing = true;
        clock.Advance(TimeSpan.FromHours(13));

        Assert.IsType<InboundAuthentication.Authenticated>(await Authenticate("Bearer " + new ChannelToken().SignWith(teamsKey)));
    }

    private Task<InboundAuthentication> Authenticate(string? header) =>
        authenticator.AuthenticateAsync(header, TestActivities.TeamsMessage(), Remote, CancellationToken.None);

    private BotFrameworkAuthenticator Authenticator(string appId)
    {
        var options = new TeamsOptions { AppId = appId, OpenIdMetadataUrl = keyServer.MetadataUrl };
        return new BotFrameworkAuthenticator(http, Options.Create(options), new EmulatorModePolicy(isDevelopment: false, appId), clock);
    }

    private static void AssertRefused(int status, string reasonFragment, InboundAuthentication outcome)
    {
        var refused = Assert.IsType<InboundAuthentication.Refused>(outcome);
        Assert.Equal(status, refused.StatusCode);
        Assert.Contains(reasonFragment, refused.Reason, StringComparison.OrdinalIgnoreCase);
    }
}
