using Microsoft.Extensions.Options;

namespace PostApprovalBot.Teams.Tests.Authentication;

[Trait("Category", "Security")]
public sealed class TrustedServiceUrlsTests
{
    private readonly TrustedServiceUrls trusted = new(Options.Create(new TeamsOptions()));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/teams")]
    [InlineData("https://SMBA.trafficmanager.net/emea/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/teams")]
    public void Official_teams_connector_hosts_are_trusted_by_default(string serviceUrl)
    {
        Assert.True(trusted.IsTrusted(serviceUrl));
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/")]
    [InlineData("https://attacker.example/smba.trafficmanager.net/")]
    [InlineData("https://smba.trafficmanager.net@attacker.example/")]
    [InlineData("https://user@smba.trafficmanager.net/")]
    [InlineData("https://evil.smba.trafficmanager.net/")]
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_trusted(string? serviceUrl)
    {
        Assert.False(trusted.IsTrusted(serviceUrl));
    }

    [Fact]
    public void A_configured_loopback_stand_in_is_trusted_over_plain_http()
    {
        var withStandIn = new TrustedServiceUrls(Options.Create(new TeamsOptions { AllowedServiceUrlHosts = ["127.0.0.1"] }));

        Assert.True(withStandIn.IsTrusted("http://127.0.0.1:3978/_connector"));
    }

    [Fact]
    public void A_configured_remote_host_still_needs_https()
    {
        var withHost = new TrustedServiceUrls(Options.Create(new TeamsOptions { AllowedServiceUrlHosts = ["connector.example"] }));

        Assert.False(withHost.IsTrusted("http://connector.example/"));
    }
}
