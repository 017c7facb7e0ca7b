namespace PostApprovalBot.Slack.Inbound.Interactions;

/// <summary>
/// The modal (or Home tab) as Slack sends it back. <see cref="PrivateMetadata"/> is what we put there when
/// opening it; Slack keeps it away from the user, but it still names no one: authorise from the payload's user.
/// </summary>
public sealed record SubmittedView(string Id, string CallbackId, string PrivateMetadata, string? Hash, ViewStateValues State);
