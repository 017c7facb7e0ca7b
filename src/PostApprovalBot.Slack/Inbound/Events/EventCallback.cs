namespace PostApprovalBot.Slack.Inbound.Events;

/// <summary>One delivered event; <see cref="EventId"/> is the key for de-duplicating Slack's retries.</summary>
public sealed record EventCallback(string EventId, string TeamId, string? ApiAppId, SlackEvent Event) : SlackEventsPayload;
