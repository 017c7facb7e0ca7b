using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Teams.Activities;
using PostApprovalBot.Teams.Connector;

namespace PostApprovalBot.Teams.Channel.Identity;

/// <summary>
/// Who sent an authenticated activity: its <c>from.aadObjectId</c> (or <c>from.id</c>) mapped to a person through the chat directory,
/// asking the connector for the member's work e-mail the first time. Card data never plays a part.
/// </summary>
public sealed class TeamsIdentity(IChatDirectory directory, BotConnectorClient connector, IOptions<TeamsOptions> options, ILogger<TeamsIdentity> logger)
{
    public const string Unidentified =
        "I could not tell who you are: Teams did not give me a work e-mail for your account, and the spokesperson and approver lists are kept by e-mail. "
        + "Ask your Teams administrator to check your account.";

    /// <summary>The directory key of a Teams user: the Entra object id, or the Teams id when the activity carries none.</summary>
    public static string UserKey(ChannelAccount from)
    {
        ArgumentNullException.ThrowIfNull(from);
        return string.IsNullOrWhiteSpace(from.AadObjectId) ? from.Id : from.AadObjectId;
    }

    /// <summary>The sender's contact, saved or refreshed; null when they cannot be identified (the reason is logged).</summary>
    public async Task<ChatContact?> ResolveAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var address = TeamsAddress.From(activity, options.Value.TenantId);
        if (address is null || activity.From is null || ConversationReference.From(activity) is not { } conversation)
        {
            logger.LogWarning("A {Type} activity without sender, serviceUrl or conversation was ignored.", activity.Type);
            return null;
        }

        var key = UserKey(activity.From);
        var known = await directory.FindByChannelUserAsync(ChatChannel.Teams, key, cancellationToken).ConfigureAwait(false);
        if (known is not null)
        {
            return await RefreshAddressAsync(known, address, cancellationToken).ConfigureAwait(false);
        }

        var person = await ReadPersonAsync(conversation, activity.From, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return null;
        }

        var contact = new ChatContact(ChatChannel.Teams, person, key, address.Serialize());
        await directory.SaveAsync(contact, cancellationToken).ConfigureAwait(false);
        return contact;
    }

    /// <summary>Marks the person unreachable in Teams (they removed the app), so submitters hear about it instead of cards failing.</summary>
    public async Task ForgetAddressAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.From is { } from
            && await directory.FindByChannelUserAsync(ChatChannel.Teams, UserKey(from), cancellationToken).ConfigureAwait(false) is { Address: not null } known)
        {
            await directory.SaveAsync(known with { Address = null }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ChatContact> RefreshAddressAsync(ChatContact known, TeamsAddress seen, CancellationToken cancellationToken)
    {
        var stored = TeamsAddress.Parse(known.Address);
        // A 1:1 chat is the best address there is; elsewhere only a missing address is filled in (the 1:1 chat is then created on demand).
        var better = seen.ConversationId is not null ? seen : stored ?? seen;
        if (better == stored)
        {
            return known;
        }

        var refreshed = known with { Address = better.Serialize() };
        await directory.SaveAsync(refreshed, cancellationToken).ConfigureAwait(false);
        return refreshed;
    }

    private async Task<Person?> ReadPersonAsync(ConversationReference conversation, ChannelAccount from, CancellationToken cancellationToken)
    {
        ConversationMember member;
        try
        {
            member = await connector.GetConversationMemberAsync(conversation, from.Id, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex)
        {
            logger.LogWarning(ex, "The connector did not describe Teams user {UserId}; their activity was not processed.", from.Id);
            return null;
        }

        var email = PersonId.TryFromEmail(member.Email, out _) ? member.Email : member.UserPrincipalName;
        if (!PersonId.TryFromEmail(email, out _))
        {
            logger.LogWarning("Teams user {UserId} has neither e-mail nor user principal name; their activity was not processed.", from.Id);
            return null;
        }

        return Person.FromEmail(email!, string.IsNullOrWhiteSpace(member.Name) ? from.Name : member.Name);
    }
}
