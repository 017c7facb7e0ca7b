using System.Text;
using Microsoft.IdentityModel.Tokens;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Teams;

/// <summary>
/// Every way a token can be wrong, against the real /api/messages: the request is refused with 401 (403 for a key not endorsed for Teams),
/// nothing is stored, nothing is sent, and no app token is even requested.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Teams")]
[Trait("Category", "Security")]
public sealed class InboundAuthenticationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TeamsBot bot = null!;

    public async Task InitializeAsync() => bot = await TeamsBot.StartAsync(azurite);

    public async Task DisposeAsync() => await bot.DisposeAsync();

    public static TheoryData<string, int> Forgeries() => new()
    {
        { "wrong audience", 401 },
        { "wrong issuer", 401 },
        { "expired", 401 },
        { "not yet valid", 401 },
        { "bad signature", 401 },
        { "unknown key", 401 },
        { "missing endorsement", 403 },
        { "serviceUrl mismatch", 401 },
        { "alg none", 401 },
        { "hmac with the public key", 401 },
        { "no header", 401 },
        { "basic scheme", 401 },
        { "not a jwt", 401 },
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Forged_or_faulty_token_is_refused_and_leaves_no_trace(string forgery, int status)
    {
        var before = await StorageTrace.CountAsync(bot.Services);

        using var response = await bot.PostAsync(TeamsActivities.Message(bot.ServiceUrl, Emma, "submit linkedin-contoso Hello world"), Header(forgery));

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await StorageTrace.CountAsync(bot.Services));
        Assert.Empty(bot.Connector.Calls);
        Assert.Empty(bot.Entra.Requests);
    }

    [Fact]
    public async Task The_same_request_with_a_valid_token_is_processed_so_the_refusals_above_are_about_the_token()
    {
        var before = await StorageTrace.CountAsync(bot.Services);

        using var response = await bot.PostAsync(TeamsActivities.Message(bot.ServiceUrl, Emma, "submit linkedin-contoso Hello world"), Header("valid"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(before, await StorageTrace.CountAsync(bot.Services));
        Assert.Contains(bot.Connector.Calls, c => c.ConversationId == Emma.PersonalChat && c.CardText.Contains("sent for approval"));
    }

    [Fact]
    public async Task Activity_naming_an_untrusted_service_url_gets_no_reply_and_no_token_even_with_a_token_issued_for_it()
    {
        const string harvester = "https://attacker.example/teams/";
        var token = new ChannelToken { ServiceUrl = harvester }.SignWith(TeamsBot.TeamsKey);

        using var response = await bot.PostAsync(TeamsActivities.Message(harvester, Emma, "help"), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
        Assert.Empty(bot.Entra.Requests);
    }

    private string? Header(string forgery)
    {
        var token = new ChannelToken { ServiceUrl = bot.ServiceUrl };
        var now = DateTime.UtcNow;
        return forgery switch
        {
            "valid" => "Bearer " + token.SignWith(TeamsBot.TeamsKey),
            "wrong audience" => "Bearer " + (token with { Audience = "11111111-2222-3333-4444-555555555555" }).SignWith(TeamsBot.TeamsKey),
            "wrong issuer" => "Bearer " + (token with { Issuer = "https://sts.windows.net/evil/" }).SignWith(TeamsBot.TeamsKey),
            "expired" => "Bearer " + (token with { NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-10) }).SignWith(TeamsBot.TeamsKey),
            "not yet valid" => "Bearer " + (token with { NotBefore = now.AddMinutes(10), Expires = now.AddHours(1) }).SignWith(TeamsBot.TeamsKey),
            "bad signature" => "Bearer " + token.SignWith(new ChannelKey(TeamsBot.TeamsKey.Kid, "msteams")),
            "unknown key" => "Bearer " + token.SignWith(new ChannelKey("never-published", "msteams")),
            "missing endorsement" => "Bearer " + token.SignWith(TeamsBot.WebChatKey),
            "serviceUrl mismatch" => "Bearer " + (token with { ServiceUrl = "https://smba.trafficmanager.net/emea/" }).SignWith(TeamsBot.TeamsKey),
            "alg none" => "Bearer " + token.Unsigned(TeamsBot.TeamsKey.Kid),
            "hmac with the public key" => "Bearer " + token.SignWith(new SigningCredentials(
                new SymmetricSecurityKey(TeamsBot.TeamsKey.SecurityKey.Rsa.ExportParameters(false).Modulus) { KeyId = TeamsBot.TeamsKey.Kid },
                SecurityAlgorithms.HmacSha256)),
            "no header" => null,
            "basic scheme" => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(ChannelToken.AppId + ":test-client-secret")),
            "not a jwt" => "Bearer not.a.token",
            _ => throw new ArgumentOutOfRangeException(nameof(forgery), forgery, null),
        };
    }
}
