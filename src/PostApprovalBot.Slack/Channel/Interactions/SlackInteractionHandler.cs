using Microsoft.Extensions.DependencyInjection;
using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Channel.Background;
using PostApprovalBot.Slack.Channel.Commands;
using PostApprovalBot.Slack.Channel.Identity;
using PostApprovalBot.Slack.Http;
using PostApprovalBot.Slack.Inbound.Interactions;
using PostApprovalBot.Slack.Views;
using PostApprovalBot.Slack.Views.Approval;
using PostApprovalBot.Slack.Views.Drafts;
using PostApprovalBot.Slack.Views.Home;

namespace PostApprovalBot.Slack.Channel.Interactions;

/// <summary>
/// Dispatches a verified interactivity payload. Modals open before the answer (their trigger id lives 3 s);
/// decisions by button run after it; modal submissions are answered with errors or by closing the modal.
/// </summary>
public sealed class SlackInteractionHandler(
    ApprovalClickHandler approvals,
    DraftSubmissionHandler draftForms,
    CommentSubmissionHandler commentForms,
    DraftModalOpener modals,
    SlackContacts contacts,
    SlackBackgroundWork background)
{
    public async Task<SlackHttpAnswer> HandleAsync(SlackInteraction interaction, CancellationToken cancellationToken) => interaction switch
    {
        ViewSubmissionInteraction { View.CallbackId: NewDraftModal.CallbackId } form => await draftForms.HandleAsync(form, cancellationToken),
        ViewSubmissionInteraction { View.CallbackId: CommentModal.CallbackId } form => await commentForms.HandleAsync(form, cancellationToken),
        BlockActionsInteraction actions => await ClickAsync(actions, cancellationToken),
        _ => SlackHttpAnswer.Ack(),
    };

    private async Task<SlackHttpAnswer> ClickAsync(BlockActionsInteraction interaction, CancellationToken cancellationToken)
    {
        if (ApprovalClick.TryRead(interaction, out var click))
        {
            if (click.Verdict == ApprovalVerdict.Approve)
            {
                Later($"approve {click.Target.DraftId} by {click.ClickerUserId}", (s, ct) => s.GetRequiredService<ApprovalClickHandler>().ApproveAsync(click, ct));
            }
            else if (await approvals.OpenCommentAsync(click, cancellationToken) is { } refusal)
            {
                TellLater(interaction, refusal);
            }
            return SlackHttpAnswer.Ack();
        }
        var action = interaction.Actions[0];
        switch (action.ActionId)
        {
            case AppHome.ReviewActionId when ApprovalButtonValue.TryDecode(action.Value, out var target):
                Later($"review {target.DraftId} by {interaction.UserId}", (s, ct) => s.GetRequiredService<ApprovalClickHandler>().ReviewAsync(interaction.UserId, target, ct));
                break;
            case AppHome.NewDraftActionId:
                await OpenModalAsync(interaction, (who, trigger) => modals.OpenNewAsync(who, trigger, cancellationToken), cancellationToken);
                break;
            case SubmitterOutcomeMessage.ReviseActionId when !string.IsNullOrWhiteSpace(action.Value):
                await OpenModalAsync(interaction, (who, trigger) => modals.OpenRevisionAsync(who, action.Value!, trigger, cancellationToken), cancellationToken);
                break;
            case SubmitterOutcomeMessage.ResubmitActionId when !string.IsNullOrWhiteSpace(action.Value):
                await OpenModalAsync(interaction, (who, trigger) => modals.OpenResubmissionAsync(who, action.Value!, trigger, cancellationToken), cancellationToken);
                break;
            case SubmitterOutcomeMessage.AcceptSuggestionActionId when !string.IsNullOrWhiteSpace(action.Value):
                Later($"accept suggestion {action.Value} by {interaction.UserId}", (s, ct) =>
                    s.GetRequiredService<SuggestionClickHandler>().AcceptAsync(interaction.UserId, interaction.ChannelId, action.Value!, ct));
                break;
        }
        return SlackHttpAnswer.Ack();
    }

    private async Task OpenModalAsync(
        BlockActionsInteraction interaction, Func<Core.Chat.ChatContact, string?, Task<SlackMessage?>> open, CancellationToken cancellationToken)
    {
        var identity = await contacts.ResolveAsync(interaction.UserId, null, cancellationToken);
        var answer = identity.IsKnown
            ? await open(identity.Contact, interaction.TriggerId)
            : SlackNotice.Refusal(identity.Problem);
        if (answer is not null)
        {
            TellLater(interaction, answer);
        }
    }

    private void TellLater(BlockActionsInteraction interaction, SlackMessage message) =>
        Later($"answer {interaction.UserId}", async (s, ct) =>
        {
            var identity = await s.GetRequiredService<SlackContacts>().ResolveAsync(interaction.UserId, null, ct);
            await s.GetRequiredService<PrivateReplies>().TellAsync(interaction.UserId, interaction.ChannelId, identity.Contact, message, ct);
        });

    private void Later(string description, Func<IServiceProvider, CancellationToken, Task> work) => background.Enqueue(description, work);
}
