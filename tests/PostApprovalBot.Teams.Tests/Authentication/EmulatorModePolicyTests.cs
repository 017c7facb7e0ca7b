using System.Net;
using PostApprovalBot.Teams.Authentication;

namespace PostApprovalBot.Teams.Tests.Authentication;

[Trait("Category", "Security")]
public sealed class EmulatorModePolicyTests
{
    public static TheoryData<bool, bool, bool, bool> EveryCombination()
    {
        var data = new TheoryData<bool, bool, bool, bool>();
        foreach (var development in new[] { true, false })
        foreach (var noAppId in new[] { true, false })
        foreach (var loopbackCaller in new[] { true, false })
        foreach (var loopbackServiceUrl in new[] { true, false })
        {
            data.Add(development, noAppId, loopbackCaller, loopbackServiceUrl);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void Unauthenticated_activity_is_allowed_only_when_all_four_conditions_hold(
        bool development, bool noAppId, bool loopbackCaller, bool loopbackServiceUrl)
    {
        var policy = new EmulatorModePolicy(development, noAppId ? "" : ChannelToken.AppId);
        var caller = loopbackCaller ? IPAddress.Loopback : IPAddress.Parse("203.0.113.7");
        var activity = TestActivities.TeamsMessage(serviceUrl: loopbackServiceUrl ? "http://127.0.0.1:56000/_connector" : ChannelToken.PublicServiceUrl);

        var allowed = policy.AllowsUnauthenticated(caller, activity);

        Assert.Equal(development && noAppId && loopbackCaller && loopbackServiceUrl, allowed);
    }

    [Theory]
    [InlineData("::1", "http://localhost:3978/_connector", true)]
    [InlineData("::ffff:127.0.0.1", "http://[::1]:3978/", true)]
    [InlineData("10.0.0.5", "http://localhost:3978/", false)]
    [InlineData("127.0.0.1", "http://localhost.attacker.example/", false)]
    [InlineData("127.0.0.1", "http://user@127.0.0.1/", false)]
    [InlineData("127.0.0.1", "not a url", false)]
    public void Loopback_means_the_loopback_interface_and_nothing_that_merely_looks_like_it(string caller, string serviceUrl, bool expected)
    {
        var policy = new EmulatorModePolicy(isDevelopment: true, appId: null);

        Assert.Equal(expected, policy.AllowsUnauthenticated(IPAddress.Parse(caller), TestActivities.TeamsMessage(serviceUrl: serviceUrl)));
    }

    [Fact]
    public void Unknown_caller_address_is_not_loopback()
    {
        var policy = new EmulatorModePolicy(isDevelopment: true, appId: null);

        Assert.False(policy.AllowsUnauthenticated(null, TestActivities.TeamsMessage(serviceUrl: "http://127.0.0.1:1/")));
    }

    [Fact]
    public async Task Authenticator_accepts_a_tokenless_activity_in_emulator_mode_without_fetching_keys()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new TeamsOptions { OpenIdMetadataUrl = "https://127.0.0.1:1/unreachable" });
        using var http = new HttpClient();
        var authenticator = new BotFrameworkAuthenticator(http, options, new EmulatorModePolicy(isDevelopment: true, appId: ""));

        var outcome = await authenticator.AuthenticateAsync(
            null, TestActivities.TeamsMessage(serviceUrl: "http://127.0.0.1:56000/_connector"), IPAddress.Loopback, CancellationToken.None);

        Assert.Equal(new InboundAuthentication.Authenticated(ViaEmulatorMode: true), outcome);
    }

    [Fact]
    public async Task Authenticator_refuses_a_tokenless_activity_from_a_remote_caller_even_in_development()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new TeamsOptions { OpenIdMetadataUrl = "https://127.0.0.1:1/unreachable" });
        using var http = new HttpClient();
        var authenticator = new BotFrameworkAuthenticator(http, options, new EmulatorModePolicy(isDevelopment: true, appId: ""));

        var outcome = await authenticator.AuthenticateAsync(
            null, TestActivities.TeamsMessage(serviceUrl: "http://127.0.0.1:56000/_connector"), IPAddress.Parse("198.51.100.4"), CancellationToken.None);

        Assert.Equal(401, Assert.IsType<InboundAuthentication.Refused>(outcome).StatusCode);
    }
}
