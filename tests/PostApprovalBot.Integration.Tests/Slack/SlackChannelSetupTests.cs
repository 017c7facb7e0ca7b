namespace PostApprovalBot.Integration.Tests.Slack;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Slack")]
public sealed class SlackChannelSetupTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("/slack/events")]
    [InlineData("/slack/commands")]
    [InlineData("/slack/interactions")]
    public async Task Without_a_signing_secret_the_host_runs_and_the_slack_endpoints_say_they_are_not_configured(string path)
    {
        await using var bot = BotFactory.OnAzurite(azurite, ("Seed:Path", ""));
        using var client = bot.CreateClient();

        var response = await client.PostAsync(path, new StringContent("{}"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Slack:SigningSecret", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_signing_secret_but_no_bot_token_the_host_stops_at_startup_naming_the_setting()
    {
        using var bot = BotFactory.OnAzurite(azurite, ("Seed:Path", ""), ("Slack:SigningSecret", "secret"));

        var error = Record.Exception(() => bot.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("Slack:BotToken", error.ToString(), StringComparison.Ordinal);
    }
}
