namespace PostApprovalBot.Slack.Tests.Support;

internal sealed record RecordedRequest(string HttpMethod, string Path, string? ContentType, string Authorization, string Body, int AnsweredStatus);
