using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Channel.Identity;

/// <summary>
/// Admin commands name people by work e-mail; in Slack people may be @mentioned instead, which Slack delivers as
/// <c>&lt;@U123&gt;</c> or <c>&lt;@U123|name&gt;</c>. Each becomes that person's e-mail: the chat directory when they have
/// used the bot, else users.info (the same lookup that identifies people who act).
/// </summary>
public sealed partial class SlackMentions(IChatDirectory directory, SlackApiClient slack, ILogger<SlackMentions> logger)
{
    /// <summary>The raw Slack text with every user mention replaced by an e-mail, or the problem when someone's cannot be found.</summary>
    public async Task<(string Text, string? Problem)> WithEmailsAsync(string text, CancellationToken cancellationToken)
    {
        var resolved = text;
        foreach (var mention in UserMention().Matches(text).DistinctBy(m => m.Value))
        {
            var userId = mention.Groups["id"].Value;
            if (await EmailOfAsync(userId, cancellationToken) is not { } email)
            {
                var name = mention.Groups["label"].Success ? mention.Groups["label"].Value : userId;
                return (text, $"I could not find the work e-mail of @{name}. Write their e-mail address instead of the mention.");
            }
            resolved = resolved.Replace(mention.Value, email, StringComparison.Ordinal);
        }
        return (resolved, null);
    }

    private async Task<string?> EmailOfAsync(string userId, CancellationToken cancellationToken)
    {
        if (await directory.FindByChannelUserAsync(ChatChannel.Slack, userId, cancellationToken) is { } known)
        {
            return known.Person.Id.Value;
        }
        try
        {
            var user = await slack.GetUserAsync(userId, cancellationToken);
            return !user.IsBot && PersonId.TryFromEmail(user.Email, out var email) ? email.Value : null;
        }
        catch (SlackApiException e)
        {
            logger.LogInformation("users.info failed for the mentioned Slack user {UserId}: {Error}.", userId, e.ErrorCode);
            return null;
        }
    }

    [GeneratedRegex(@"<@(?<id>[UW][A-Z0-9]+)(\|(?<label>[^<>]*))?>", RegexOptions.CultureInvariant)]
    private static partial Regex UserMention();
}
