using Microsoft.Extensions.Logging;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Channel.Interactions;

/// <summary>
/// Answers one person after Slack was acknowledged (a click, a late slash command): only them, in the conversation
/// they acted in (chat.postEphemeral), or in their DM with the bot when there is none (the Home tab) or it fails.
/// </summary>
public sealed class PrivateReplies(SlackApiClient slack, ILogger<PrivateReplies> logger)
{
    public async Task TellAsync(string userId, string? channelId, ChatContact? contact, SlackMessage message, CancellationToken cancellationToken)
    {
        if (channelId is not null)
        {
            try
            {
                await slack.PostEphemeralAsync(channelId, userId, message, cancellationToken);
                return;
            }
            catch (SlackApiException e) when (!e.IsTransient)
            {
                logger.LogInformation("chat.postEphemeral in {Channel} failed ({Error}); answering by DM.", channelId, e.ErrorCode);
            }
        }
        var direct = contact?.Address ?? await slack.OpenDirectMessageAsync(userId, cancellationToken);
        await slack.PostMessageAsync(direct, message, cancellationToken);
    }
}
