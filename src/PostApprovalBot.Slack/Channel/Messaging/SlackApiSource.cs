using Microsoft.Extensions.DependencyInjection;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Channel.Messaging;

/// <summary>
/// Hands long-lived services a fresh <see cref="SlackApiClient"/> per use: a typed HttpClient kept forever in a
/// singleton would pin one message handler and never see DNS changes.
/// </summary>
public sealed class SlackApiSource(IServiceProvider services)
{
    public SlackApiClient Client() => services.GetRequiredService<SlackApiClient>();
}
