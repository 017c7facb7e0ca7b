namespace PostApprovalBot.Slack.Inbound.Events;

/// <summary>A body posted to the Events API endpoint: <see cref="UrlVerificationRequest"/>, <see cref="EventCallback"/> or <see cref="UnknownEventsPayload"/>.</summary>
public abstract record SlackEventsPayload;
