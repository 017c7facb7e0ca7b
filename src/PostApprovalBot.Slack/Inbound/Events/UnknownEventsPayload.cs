namespace PostApprovalBot.Slack.Inbound.Events;

/// <summary>An Events API body of a type this bot does not handle (e.g. <c>app_rate_limited</c>): acknowledge and ignore.</summary>
public sealed record UnknownEventsPayload(string Type) : SlackEventsPayload;
