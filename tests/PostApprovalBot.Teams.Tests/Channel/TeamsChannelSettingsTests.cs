using PostApprovalBot.Teams.Channel;

namespace PostApprovalBot.Teams.Tests.Channel;

[Trait("Category", "Security")]
public sealed class TeamsChannelSettingsTests
{
    [Theory]
    [InlineData(true, "", "", "", TeamsChannelMode.Emulator)]
    [InlineData(false, "", "", "", TeamsChannelMode.Off)]
    [InlineData(false, ChannelToken.AppId, "secret", "", TeamsChannelMode.Connected)]
    [InlineData(true, ChannelToken.AppId, "secret", "", TeamsChannelMode.Connected)]
    [InlineData(false, "", "secret", "", TeamsChannelMode.Connected)]
    [InlineData(false, "", "", "9a8b7c6d-0000-4000-8000-000000000001", TeamsChannelMode.Connected)]
    public void Mode_follows_the_environment_and_the_settings(bool development, string appId, string password, string tenant, TeamsChannelMode expected)
    {
        Assert.Equal(expected, TeamsChannelStatus.Decide(development, new TeamsOptions { AppId = appId, AppPassword = password, TenantId = tenant }));
    }

    [Fact]
    public void Half_a_configuration_outside_development_names_the_missing_app_id()
    {
        var problems = TeamsChannelOptionsValidator.Problems(false, new TeamsOptions { AppPassword = "secret" });

        Assert.Contains(problems, p => p.StartsWith("Teams:AppId is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void App_id_without_its_secret_names_the_missing_password()
    {
        var problems = TeamsChannelOptionsValidator.Problems(true, new TeamsOptions { AppId = ChannelToken.AppId });

        Assert.Contains(problems, p => p.StartsWith("Teams:AppPassword is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void App_id_must_be_a_client_id()
    {
        var problems = TeamsChannelOptionsValidator.Problems(false, new TeamsOptions { AppId = "my-bot", AppPassword = "secret" });

        Assert.Contains(problems, p => p.StartsWith("Teams:AppId must be", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net")]
    [InlineData("smba.trafficmanager.net/amer")]
    public void Service_url_hosts_are_bare_host_names(string host)
    {
        var problems = TeamsChannelOptionsValidator.Problems(false, new TeamsOptions { AppId = ChannelToken.AppId, AppPassword = "s", AllowedServiceUrlHosts = [host] });

        Assert.Contains(problems, p => p.Contains(host, StringComparison.Ordinal));
    }

    [Fact]
    public void Metadata_over_plain_http_is_accepted_only_from_loopback()
    {
        static IEnumerable<string> With(string url) =>
            TeamsChannelOptionsValidator.Problems(false, new TeamsOptions { AppId = ChannelToken.AppId, AppPassword = "s", OpenIdMetadataUrl = url });

        Assert.Contains(With("http://login.botframework.com/v1/.well-known/openidconfiguration"), p => p.StartsWith("Teams:OpenIdMetadataUrl", StringComparison.Ordinal));
        Assert.Empty(With("http://127.0.0.1:5000/v1/.well-known/openidconfiguration"));
    }

    [Fact]
    public void Complete_and_absent_configurations_are_both_valid()
    {
        Assert.Empty(TeamsChannelOptionsValidator.Problems(false, new TeamsOptions { AppId = ChannelToken.AppId, AppPassword = "secret" }));
        Assert.Empty(TeamsChannelOptionsValidator.Problems(false, new TeamsOptions()));
        Assert.Empty(TeamsChannelOptionsValidator.Problems(true, new TeamsOptions()));
    }
}
