using Microsoft.Extensions.Logging;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Teams.Activities;
using PostApprovalBot.Teams.Channel.Turns;
using PostApprovalBot.Teams.Connector;

namespace PostApprovalBot.Teams.Channel.Identity;

/// <summary>
/// Admin commands name people by work e-mail; in Teams people may be @mentioned instead. Each mention listed in the activity's
/// entities becomes that person's e-mail: the chat directory when they have used the bot (by Entra object id), else the
/// connector's member lookup by the mention's user id. Mentions of the bot itself are dropped.
/// </summary>
public sealed class TeamsMentions(IChatDirectory directory, BotConnectorClient connector, ILogger<TeamsMentions> logger)
{
    /// <summary>The typed text with mentions replaced by e-mails, or the problem when someone's e-mail cannot be found.</summary>
    public async Task<(string Text, string? Problem)> WithEmailsAsync(TeamsTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var text = activity.Text ?? "";
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, Entity.MentionType, StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(entity.Text))
            {
                continue;
            }

            if (entity.Mentioned is not { Id.Length: > 0 } mentioned || mentioned.Id == activity.Recipient?.Id)
            {
                text = text.Replace(entity.Text, " ", StringComparison.Ordinal);
                continue;
            }

            if (await EmailOfAsync(turn.Conversation, mentioned, cancellationToken).ConfigureAwait(false) is not { } email)
            {
                return (text, $"I could not find the work e-mail of {mentioned.Name ?? "the person you mentioned"}. Write their e-mail address instead of the mention.");
            }

            text = text.Replace(entity.Text, " " + email + " ", StringComparison.Ordinal);
        }

        return (string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), null);
    }

    private async Task<string?> EmailOfAsync(ConversationReference conversation, ChannelAccount mentioned, CancellationToken ct)
    {
        if (mentioned.AadObjectId is { Length: > 0 } objectId
            && await directory.FindByChannelUserAsync(ChatChannel.Teams, objectId, ct).ConfigureAwait(false) is { } known)
        {
            return known.Person.Id.Value;
        }

        ConversationMember member;
        try
        {
            member = await connector.GetConversationMemberAsync(conversation, mentioned.Id, ct).ConfigureAwait(false);
        }
        catch (ConnectorException ex)
        {
            logger.LogInformation(ex, "The connector did not describe the mentioned Teams user {UserId}.", mentioned.Id);
            return null;
        }

        if (member.AadObjectId is { Length: > 0 } memberObjectId
            && await directory.FindByChannelUserAsync(ChatChannel.Teams, memberObjectId, ct).ConfigureAwait(false) is { } contact)
        {
            return contact.Person.Id.Value;
        }

        return PersonId.TryFromEmail(member.Email, out var email) ? email.Value
            : PersonId.TryFromEmail(member.UserPrincipalName, out var principal) ? principal.Value
            : null;
    }
}
