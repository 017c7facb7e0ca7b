using System.Diagnostics.CodeAnalysis;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Channel.Messaging;

/// <summary>How a posted Slack message is remembered (<c>PostedCard.MessageAddress</c>): "channel|ts".</summary>
public static class SlackMessageAddress
{
    public static string Format(SlackMessageRef message) => $"{message.ChannelId}|{message.Ts}";

    public static bool TryParse(string? address, [NotNullWhen(true)] out SlackMessageRef? message)
    {
        message = null;
        var parts = (address ?? "").Split('|');
        if (parts is [{ Length: > 0 } channel, { Length: > 0 } ts])
        {
            message = new SlackMessageRef(channel, ts);
        }
        return message is not null;
    }
}
