namespace PostApprovalBot.Slack.Inbound.Interactions;

/// <summary>A modal's submit button; answer within 3 s with an ack, field errors, clear or update.</summary>
public sealed record ViewSubmissionInteraction(string UserId, string? TeamId, string? TriggerId, SubmittedView View)
    : SlackInteraction(UserId, TeamId, TriggerId);
