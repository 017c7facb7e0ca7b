namespace PostApprovalBot.Slack.Inbound.Interactions;

/// <summary>Where the action happened: <c>message</c> (channel + ts) or <c>view</c> (view id).</summary>
public sealed record InteractionContainer(string Type, string? ChannelId, string? MessageTs, string? ViewId, bool IsEphemeral);
