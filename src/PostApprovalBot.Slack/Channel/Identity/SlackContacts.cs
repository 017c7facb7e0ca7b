using Microsoft.Extensions.Logging;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Channel.Identity;

/// <summary>
/// Maps the Slack user id of a signed request (never a value from a button or modal) to a person: the chat
/// directory first; on a miss users.info gives the work e-mail and conversations.open the DM channel, which
/// is saved as the contact's address so the bot can message the person later.
/// </summary>
public sealed class SlackContacts(IChatDirectory directory, SlackApiClient slack, ILogger<SlackContacts> logger)
{
    public const string NoEmailProblem =
        "I cannot tell who you are: Slack shows me no e-mail address on your profile, and your work e-mail is how I find your " +
        "permissions. Ask your Slack admin to add your work e-mail to your Slack profile, then try again.";

    /// <summary>
    /// Resolves <paramref name="userId"/>. <paramref name="directMessageChannel"/> is the bot's DM with this user
    /// when the request came from it; it refreshes a stored address that changed.
    /// </summary>
    public async Task<SlackIdentity> ResolveAsync(string userId, string? directMessageChannel, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var known = await directory.FindByChannelUserAsync(ChatChannel.Slack, userId, cancellationToken);
        if (known is not null)
        {
            if (known.Address is not null && (directMessageChannel is null || directMessageChannel == known.Address))
            {
                return SlackIdentity.Known(known);
            }
            var refreshed = known with { Address = directMessageChannel ?? await TryOpenDirectMessageAsync(userId, cancellationToken) };
            await directory.SaveAsync(refreshed, cancellationToken);
            return SlackIdentity.Known(refreshed);
        }
        SlackUser user;
        try
        {
            user = await slack.GetUserAsync(userId, cancellationToken);
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("users.info failed for Slack user {UserId}: {Error}.", userId, e.ErrorCode);
            return SlackIdentity.Unknown(e.IsTransient
                ? "Slack did not tell me who you are in time. Please try again in a minute."
                : $"Slack would not tell me who you are ({e.ErrorCode}), so I cannot act for you.");
        }
        if (user.IsBot || user.IsDeleted)
        {
            return SlackIdentity.Unknown("This Slack account is a bot or deactivated, so it cannot submit or review posts.");
        }
        if (!PersonId.TryFromEmail(user.Email, out _))
        {
            return SlackIdentity.Unknown(NoEmailProblem);
        }
        var person = Person.FromEmail(user.Email!, user.RealName ?? user.DisplayName ?? user.Name);
        var contact = new ChatContact(ChatChannel.Slack, person, userId, directMessageChannel ?? await TryOpenDirectMessageAsync(userId, cancellationToken));
        await directory.SaveAsync(contact, cancellationToken);
        logger.LogInformation("Slack user {UserId} is {Person}.", userId, person.Id.Pseudonym);
        return SlackIdentity.Known(contact);
    }

    // Without a DM channel the person is still known, just not reachable yet; the next request tries again.
    private async Task<string?> TryOpenDirectMessageAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            return await slack.OpenDirectMessageAsync(userId, cancellationToken);
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("conversations.open failed for Slack user {UserId}: {Error}.", userId, e.ErrorCode);
            return null;
        }
    }
}
