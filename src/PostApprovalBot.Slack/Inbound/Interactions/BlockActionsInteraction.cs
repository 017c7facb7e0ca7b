namespace PostApprovalBot.Slack.Inbound.Interactions;

/// <summary>
/// A click or selection in a message, the App Home or a modal. <see cref="View"/> is set for actions inside
/// a modal or Home tab; <see cref="ChannelId"/>/<see cref="MessageTs"/> for actions in a message.
/// </summary>
public sealed record BlockActionsInteraction(
    string UserId,
    string? TeamId,
    string? TriggerId,
    IReadOnlyList<BlockAction> Actions,
    InteractionContainer Container,
    string? ChannelId,
    string? MessageTs,
    Uri? ResponseUrl,
    SubmittedView? View) : SlackInteraction(UserId, TeamId, TriggerId);
