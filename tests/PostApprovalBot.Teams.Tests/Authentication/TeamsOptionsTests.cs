using Microsoft.Extensions.Configuration;

namespace PostApprovalBot.Teams.Tests.Authentication;

[Trait("Category", "Security")]
public sealed class TeamsOptionsTests
{
    [Fact]
    public void Binding_the_teams_section_reads_every_setting_and_adds_hosts_to_the_defaults()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Teams:AppId"] = "app",
            ["Teams:AppPassword"] = "s3cret",
            ["Teams:TenantId"] = "tenant",
            ["Teams:AuthorityHost"] = "https://127.0.0.1:5001",
            ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        }).Build();

        var options = configuration.GetSection(TeamsOptions.SectionName).Get<TeamsOptions>()!;

        Assert.Equal(("app", "s3cret", "tenant", "https://127.0.0.1:5001"), (options.AppId, options.AppPassword, options.TenantId, options.AuthorityHost));
        Assert.Contains("127.0.0.1", options.AllowedServiceUrlHosts);
        Assert.Contains("smba.trafficmanager.net", options.AllowedServiceUrlHosts);
        Assert.Equal(TeamsOptions.BotFrameworkOpenIdMetadataUrl, options.OpenIdMetadataUrl);
    }

    [Fact]
    public void Printing_the_options_never_prints_the_password()
    {
        var options = new TeamsOptions { AppId = "app", AppPassword = "s3cret" };

        Assert.DoesNotContain("s3cret", options.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "botframework.com")]
    [InlineData("  ", "botframework.com")]
    [InlineData("0f9e-tenant", "0f9e-tenant")]
    public void Token_tenant_is_ours_for_single_tenant_and_botframework_for_multi_tenant(string tenantId, string expected)
    {
        Assert.Equal(expected, new TeamsOptions { TenantId = tenantId }.TokenTenant);
    }
}
