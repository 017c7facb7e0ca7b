namespace PostApprovalBot.Slack.Inbound.Commands;

/// <summary>
/// A slash command invocation. <see cref="UserId"/> is who typed it (trustworthy once the signature is verified);
/// <see cref="TriggerId"/> opens a modal within 3 s; <see cref="ResponseUrl"/> takes up to 5 replies within 30 min.
/// </summary>
public sealed record SlashCommand(
    string TeamId,
    string ChannelId,
    string UserId,
    string? UserName,
    string Command,
    string Text,
    Uri ResponseUrl,
    string TriggerId,
    string? ApiAppId);
