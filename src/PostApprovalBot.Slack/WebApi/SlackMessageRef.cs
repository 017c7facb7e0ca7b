namespace PostApprovalBot.Slack.WebApi;

/// <summary>Where a posted message lives: the pair chat.update needs to change it later.</summary>
public sealed record SlackMessageRef(string ChannelId, string Ts);
