using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Slack.Channel;
using PostApprovalBot.Slack.Channel.Identity;
using PostApprovalBot.Slack.Channel.Messaging;
using PostApprovalBot.Slack.Inbound.Events;
using PostApprovalBot.Slack.Signing;

namespace PostApprovalBot.Slack.Tests.Channel;

[Trait("Category", "Slack")]
public sealed class SlackChannelSetupTests
{
    private sealed class NoClaims : IOnceOnlyClaims
    {
        public Task<bool> TryClaimAsync(string scope, string key, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IOnceOnlyClaims, NoClaims>();
        return services.AddSlackChannel(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Without_a_signing_secret_the_channel_is_off_and_registers_no_slack_services()
    {
        using var provider = Provider(new() { ["Slack:BotToken"] = "xoxb-1" });

        Assert.False(provider.GetRequiredService<SlackChannelStatus>().Enabled);
        Assert.Null(provider.GetService<SlackRequestVerifier>());
        Assert.Empty(provider.GetServices<IChatMessenger>());
    }

    [Fact]
    public void With_a_signing_secret_the_channel_is_on_with_durable_event_claims_and_its_messenger()
    {
        using var provider = Provider(new() { ["Slack:SigningSecret"] = "s", ["Slack:BotToken"] = "xoxb-1" });

        Assert.True(provider.GetRequiredService<SlackChannelStatus>().Enabled);
        Assert.IsType<DurableSlackEventDeduplicator>(provider.GetRequiredService<ISlackEventDeduplicator>());
        var messenger = Assert.IsType<SlackMessenger>(Assert.Single(provider.GetServices<IChatMessenger>()));
        Assert.Equal(ChatChannel.Slack, messenger.Channel);
    }

    [Fact]
    public void With_a_signing_secret_a_missing_bot_token_fails_validation_naming_the_setting()
    {
        using var provider = Provider(new() { ["Slack:SigningSecret"] = "s" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SlackOptions>>().Value);

        Assert.Contains("Slack:BotToken", error.Message, StringComparison.Ordinal);
    }
}
