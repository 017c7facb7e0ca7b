namespace PostApprovalBot.Slack.Inbound.Events;

/// <summary>Slack checking the request URL; answer with the challenge (see <c>SlackHttpAnswer.UrlVerification</c>).</summary>
public sealed record UrlVerificationRequest(string Challenge) : SlackEventsPayload;
