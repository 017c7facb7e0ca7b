using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Inbound.Events;

namespace PostApprovalBot.Slack.Channel.Events;

/// <summary>What to answer a DM or a mention with, once Slack was acknowledged; <c>DirectChannel</c> is the author's DM when known.</summary>
public sealed record SlackEventReply(SlackEvent Event, string? DirectChannel, SlackMessage Message);
