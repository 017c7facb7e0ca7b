using PostApprovalBot.Core.Chat;
using PostApprovalBot.Slack.Channel.Identity;

namespace PostApprovalBot.Slack.Channel.Commands;

/// <summary>
/// Reads what a person typed to the bot (a slash command's text, a DM, a mention without its leading bot mention) as a
/// command; in admin commands, people @mentioned stand for their work e-mails.
/// </summary>
public sealed class SlackCommandReader(SlackMentions mentions)
{
    public async Task<ChatCommand> ReadAsync(string? typed, CancellationToken cancellationToken)
    {
        var command = ChatCommandParser.Parse(SlackTypedText.ToPlain(typed));
        if (command.Kind != ChatCommandKind.Administer || command.Problem is not null)
        {
            return command;
        }
        var (withEmails, problem) = await mentions.WithEmailsAsync(typed ?? "", cancellationToken);
        return problem is null ? ChatCommandParser.Parse(SlackTypedText.ToPlain(withEmails)) : command with { Problem = problem };
    }
}
