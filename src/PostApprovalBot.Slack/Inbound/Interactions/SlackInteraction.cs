namespace PostApprovalBot.Slack.Inbound.Interactions;

/// <summary>
/// An interactivity payload. <see cref="UserId"/> is who clicked or submitted, taken from the signed request
/// itself; it is the only identity to trust (never a value carried in a button or metadata).
/// </summary>
public abstract record SlackInteraction(string UserId, string? TeamId, string? TriggerId);
