namespace PostApprovalBot.Slack.Inbound.Interactions;

/// <summary>An interactivity payload this bot does not handle (e.g. <c>view_closed</c>, shortcuts): acknowledge it.</summary>
public sealed record UnknownInteraction(string Type, string UserId, string? TeamId, string? TriggerId)
    : SlackInteraction(UserId, TeamId, TriggerId);
