namespace PostApprovalBot.Slack.Channel;

/// <summary>Whether the host runs the Slack channel: it does when <c>Slack:SigningSecret</c> is set.</summary>
public sealed record SlackChannelStatus(bool Enabled)
{
    public const string DisabledMessage =
        "The Slack channel is not configured on this server: set Slack:SigningSecret and Slack:BotToken (see src/PostApprovalBot.Slack/README.md).";
}
