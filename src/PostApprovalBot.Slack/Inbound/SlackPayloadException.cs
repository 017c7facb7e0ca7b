namespace PostApprovalBot.Slack.Inbound;

/// <summary>Raised inside a parser for a malformed field; every public parser turns it into a failure.</summary>
internal sealed class SlackPayloadException(string message) : Exception(message);
