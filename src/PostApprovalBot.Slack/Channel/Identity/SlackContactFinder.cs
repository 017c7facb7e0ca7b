using Microsoft.Extensions.Logging;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Slack.Channel.Messaging;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Channel.Identity;

/// <summary>
/// Reaches a person who never used the bot in Slack: users.lookupByEmail finds them by work e-mail, conversations.open
/// opens the DM, and the contact is saved as if they had written first. Both calls are idempotent, so a retried
/// delivery finds the same user and DM. Rate limits are waited out by the Web API client (Retry-After, bounded).
/// </summary>
public sealed class SlackContactFinder(IChatDirectory directory, SlackApiSource slack, ILogger<SlackContactFinder> logger) : IContactFinder
{
    private static readonly HashSet<string> PermissionErrors = new(["missing_scope", "not_allowed_token_type", "no_permission"], StringComparer.Ordinal);
    private int _permissionLogged;

    public ChatChannel Channel => ChatChannel.Slack;

    public async Task<ContactSearch> FindAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        SlackUser user;
        try
        {
            user = await slack.Client().LookupUserByEmailAsync(person.Id.Value, cancellationToken);
        }
        catch (SlackApiException e) when (e.ErrorCode == "users_not_found")
        {
            return ContactSearch.NotFound($"nobody in the Slack workspace has the e-mail {person.Id}");
        }
        catch (SlackApiException e) when (PermissionErrors.Contains(e.ErrorCode))
        {
            if (Interlocked.Exchange(ref _permissionLogged, 1) == 0)
                logger.LogWarning("Slack refused users.lookupByEmail ({Error}): add the users:read.email scope to the Slack app and reinstall it.", e.ErrorCode);
            return ContactSearch.PermissionMissing($"Slack refused users.lookupByEmail ({e.ErrorCode}); the app needs the users:read.email scope");
        }
        if (user.IsBot || user.IsDeleted)
        {
            return ContactSearch.NotFound($"the Slack account of {person.Id} is deactivated or a bot");
        }

        var channel = await slack.Client().OpenDirectMessageAsync(user.Id, cancellationToken);
        var found = Person.FromEmail(person.Id.Value, user.RealName ?? person.DisplayName);
        var contact = new ChatContact(ChatChannel.Slack, found, user.Id, channel);
        await directory.SaveAsync(contact, cancellationToken);
        logger.LogInformation("Found {Person} in Slack by e-mail as {UserId}; opened DM {Channel}.", person.Id.Pseudonym, user.Id, channel);
        return ContactSearch.Found(contact);
    }
}
