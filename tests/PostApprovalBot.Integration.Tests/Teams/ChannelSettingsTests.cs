using PostApprovalBot.Core.Ports;
using PostApprovalBot.Teams.Channel;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Teams;

/// <summary>The channel is optional, refuses half a configuration at startup, and runs without tokens only in local emulator mode.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Teams")]
[Trait("Category", "Security")]
public sealed class ChannelSettingsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Outside_development_a_secret_without_an_app_id_stops_startup_naming_the_setting()
    {
        var failure = await StartupFailureAsync("Production", ("Teams:AppId", ""), ("Teams:AppPassword", "a-secret"));

        Assert.Contains("Teams:AppId", failure);
    }

    [Fact]
    public async Task An_app_id_without_its_secret_stops_startup_naming_the_setting()
    {
        var failure = await StartupFailureAsync("Production", ("Teams:AppId", ChannelToken.AppId), ("Teams:AppPassword", ""));

        Assert.Contains("Teams:AppPassword", failure);
    }

    [Fact]
    public async Task Without_any_teams_setting_outside_development_the_host_runs_and_the_endpoint_says_why_it_is_off()
    {
        await using var bot = await TeamsBot.StartAsync(azurite, ("environment", "Production"), ("Teams:AppId", ""), ("Teams:AppPassword", ""));

        using var response = await bot.PostAsync(TeamsActivities.Message(bot.ServiceUrl, Emma, "help"), "Bearer " + bot.ValidToken());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Teams:AppId", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(bot.Services.GetServices<IChatMessenger>(), m => m is TeamsMessenger);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Emulator_mode_answers_a_local_client_without_tokens_and_sends_none()
    {
        await using var bot = await TeamsBot.StartAsync(azurite, ("Teams:AppId", ""), ("Teams:AppPassword", ""));

        using var response = await bot.PostAsync(TeamsActivities.Message(bot.ServiceUrl, Emma, "help"), authorization: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = Assert.Single(bot.Connector.Calls, c => c.IsPost && c.ConversationId == Emma.PersonalChat);
        Assert.Contains("What I can do", answer.CardText);
        Assert.All(bot.Connector.Calls, c => Assert.Equal("", c.Authorization));
        Assert.Contains(bot.Services.GetServices<IChatMessenger>(), m => m is TeamsMessenger);
    }

    [Fact]
    public async Task Emulator_mode_refuses_an_activity_that_names_a_remote_connector()
    {
        await using var bot = await TeamsBot.StartAsync(azurite, ("Teams:AppId", ""), ("Teams:AppPassword", ""));
        var before = await StorageTrace.CountAsync(bot.Services);

        using var response = await bot.PostAsync(TeamsActivities.Message("https://smba.trafficmanager.net/emea/", Emma, "help"), authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await StorageTrace.CountAsync(bot.Services));
    }

    private async Task<string> StartupFailureAsync(string environment, params (string Key, string? Value)[] teams)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = AzuriteFixture.NewPrefix(),
            ["Seed:Path"] = "",
        };
        foreach (var (key, value) in teams) settings[key] = value;
        // Under a loaded parallel run the failed host is sometimes torn down before its first error surfaces
        // (ObjectDisposedException, as in HealthTests); the validation message is what matters, so startup is tried again.
        var failure = "";
        for (var attempt = 0; attempt < 3 && (failure.Length == 0 || failure.StartsWith(typeof(ObjectDisposedException).FullName!, StringComparison.Ordinal)); attempt++)
        {
            await using var factory = new TeamsHostFactory(settings, environment, null);
            failure = Assert.ThrowsAny<Exception>(factory.Start).ToString();
        }
        return failure;
    }
}
