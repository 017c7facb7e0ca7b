using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PostApprovalBot.Teams.Authentication;
using PostApprovalBot.Teams.Connector;

namespace PostApprovalBot.Teams.Tests.Connector;

[Trait("Category", "Security")]
public sealed class TeamsServiceRegistrationTests
{
    [Fact]
    public void Production_wiring_uses_msal_and_no_emulator_mode()
    {
        using var services = Build("Production", new() { ["Teams:AppId"] = ChannelToken.AppId, ["Teams:AppPassword"] = "secret" });

        Assert.IsType<MsalConnectorTokenSource>(services.GetRequiredService<IConnectorTokenSource>());
        Assert.False(services.GetRequiredService<EmulatorModePolicy>().IsEnabled);
        Assert.NotNull(services.GetRequiredService<BotFrameworkAuthenticator>());
        Assert.NotNull(services.GetRequiredService<BotConnectorClient>());
    }

    [Fact]
    public void Production_without_credentials_fails_loudly_instead_of_sending_unauthenticated()
    {
        using var services = Build("Production", []);

        Assert.ThrowsAny<ArgumentException>(() => services.GetRequiredService<BotConnectorClient>());
    }

    [Fact]
    public void Invalid_authority_host_is_refused_at_startup()
    {
        using var services = Build("Production", new() { ["Teams:AuthorityHost"] = "http://login.example" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TeamsOptions>>().Value);
    }

    [Fact]
    public async Task Development_without_app_id_replies_to_a_local_connector_without_any_token()
    {
        await using var playground = await ScriptedConnector.StartAsync();
        using var services = Build("Development", new() { ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1" });

        await services.GetRequiredService<BotConnectorClient>().SendToConversationAsync(
            new ConversationReference(new Uri(playground.BaseUri, "_connector").ToString(), "a:1"), OutboundMessage.Plain("hi"), CancellationToken.None);

        Assert.Equal("", Assert.Single(playground.Requests).Authorization);
        Assert.True(services.GetRequiredService<EmulatorModePolicy>().IsEnabled);
    }

    private static ServiceProvider Build(string environment, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(environment));
        services.AddTeamsProtocol(configuration);
        return services.BuildServiceProvider();
    }
}
