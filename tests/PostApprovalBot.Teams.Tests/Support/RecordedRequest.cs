namespace PostApprovalBot.Teams.Tests.Support;

/// <summary>One request as a stand-in server received it (path exactly as sent on the wire) and the status it was answered with.</summary>
internal sealed record RecordedRequest(string Method, string RawTarget, string Authorization, string Body, int AnsweredStatus);
