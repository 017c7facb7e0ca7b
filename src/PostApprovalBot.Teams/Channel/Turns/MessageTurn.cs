using System.Text.Json;
using System.Text.Json.Nodes;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Teams.Activities;
using PostApprovalBot.Teams.Channel.Identity;
using PostApprovalBot.Teams.Channel.Rendering;

namespace PostApprovalBot.Teams.Channel.Turns;

/// <summary>A message: a text command (mentions stripped), or the data of an older Action.Submit button.</summary>
public sealed class MessageTurn(TeamsCommands commands, CardActions actions, TeamsReplies replies, IOnceOnlyClaims claims, TeamsMentions mentions)
{
    public const string ClaimScope = "teams-message";

    public async Task HandleAsync(TeamsTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        // Teams redelivers a message it thinks was lost; "submit …" must not create the draft twice.
        if (turn.Activity.Id is { Length: > 0 } id
            && !await claims.TryClaimAsync(ClaimScope, $"{turn.Conversation.ConversationId}|{id}", cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (SubmittedAction(turn.Activity) is { } action)
        {
            var answer = await actions.AnswerAsync(turn, action, cancellationToken).ConfigureAwait(false);
            await (answer.Card is not null
                ? replies.SendAsync(turn, answer.Card, cancellationToken)
                : replies.SendAsync(turn, answer.Text ?? "Done.", cancellationToken)).ConfigureAwait(false);
            return;
        }

        var card = turn.IsPersonalChat
            ? await AnswerAsync(turn, cancellationToken).ConfigureAwait(false)
            : Notices.OnlyInPersonalChat();
        await replies.SendAsync(turn, card, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The command's answer; in admin commands a mentioned person stands for their work e-mail.</summary>
    private async Task<Cards.AdaptiveCard> AnswerAsync(TeamsTurn turn, CancellationToken ct)
    {
        var typed = ActivityText.WithoutMentions(turn.Activity);
        if (ChatCommandParser.Parse(typed).Kind == ChatCommandKind.Administer)
        {
            var (withEmails, problem) = await mentions.WithEmailsAsync(turn, ct).ConfigureAwait(false);
            if (problem is not null)
            {
                return Notices.Refused("Not done", problem);
            }

            typed = withEmails;
        }

        return await commands.AnswerAsync(turn.Person, typed, ct, turn.RequestKey).ConfigureAwait(false);
    }

    /// <summary>Action.Submit data carrying a verb, read like an Action.Execute click.</summary>
    private static AdaptiveCardActionRequest? SubmittedAction(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("verb", out var verb) || verb.ValueKind != JsonValueKind.String || verb.GetString() is not { Length: > 0 } name)
        {
            return null;
        }

        return new AdaptiveCardActionRequest(name, null, JsonObject.Create(value.Clone()) ?? [], ActionTrigger.Manual);
    }
}
