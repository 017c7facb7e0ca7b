namespace PostApprovalBot.Slack.Channel.Commands;

/// <summary>
/// The core turned a change away before doing anything (<c>RefusalCode.Busy</c>: the host is saturated), so nothing was
/// recorded and trying again is safe. Thrown, unlike other refusals, because it is an outage to be answered as a failure
/// (a non-2xx to Slack), not an answer to the person's request.
/// </summary>
public sealed class ChangeNotRecordedException(string message) : Exception(message);
