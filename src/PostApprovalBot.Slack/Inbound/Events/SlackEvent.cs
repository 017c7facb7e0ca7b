namespace PostApprovalBot.Slack.Inbound.Events;

/// <summary>The inner <c>event</c> of an event callback (message, app_mention, app_home_opened, …).</summary>
public sealed record SlackEvent(
    string Type,
    string? Subtype,
    string? User,
    string? Channel,
    string? ChannelType,
    string? Text,
    string? BotId,
    string? Tab,
    string? Ts)
{
    /// <summary>True for messages a bot wrote (ours included): answering them risks a bot-to-bot loop.</summary>
    public bool IsFromBot => BotId is not null || Subtype == "bot_message";
}
