namespace PostApprovalBot.Testing;

/// <summary>
/// One request as a <see cref="ScriptedStandIn"/> received it: the target exactly as sent on the wire (escapes kept),
/// the decoded path, and the status it was answered with.
/// </summary>
public sealed record RecordedRequest(string Method, string RawTarget, string Path, string? ContentType, string Authorization, string Body, int AnsweredStatus);
