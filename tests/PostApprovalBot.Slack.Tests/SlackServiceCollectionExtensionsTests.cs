using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PostApprovalBot.Slack.Inbound.Events;
using PostApprovalBot.Slack.Signing;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Tests;

[Trait("Category", "Slack")]
public sealed class SlackServiceCollectionExtensionsTests
{
    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSlackProtocol(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Registers_the_protocol_services_from_the_slack_section()
    {
        using var provider = Provider(new()
        {
            ["Slack:SigningSecret"] = "s",
            ["Slack:BotToken"] = "xoxb-1",
            ["Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
        });

        Assert.Equal(new Uri("http://127.0.0.1:9/api/"), provider.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl);
        Assert.NotNull(provider.GetRequiredService<SlackRequestVerifier>());
        Assert.NotNull(provider.GetRequiredService<SlackApiClient>());
        Assert.IsType<InMemorySlackEventDeduplicator>(provider.GetRequiredService<ISlackEventDeduplicator>());
    }

    [Fact]
    public void Api_base_url_defaults_to_slack()
    {
        using var provider = Provider(new() { ["Slack:SigningSecret"] = "s", ["Slack:BotToken"] = "xoxb-1" });

        Assert.Equal(new Uri("https://slack.com/api/"), provider.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl);
    }

    [Theory]
    [InlineData("Slack:SigningSecret")]
    [InlineData("Slack:BotToken")]
    public void Missing_secret_fails_validation(string missing)
    {
        var settings = new Dictionary<string, string?> { ["Slack:SigningSecret"] = "s", ["Slack:BotToken"] = "xoxb-1" };
        settings.Remove(missing);
        using var provider = Provider(settings);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SlackOptions>>().Value);

        Assert.Contains(missing, error.Message);
    }
}
