using Microsoft.Extensions.DependencyInjection;
using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Channel.FollowUps;
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
/// decisions by button (Approve, Accept suggestion) are stored before it, and only what they tell the clicker follows
/// it; modal submissions are answered with errors or by closing the modal.
/// </summary>
public sealed class SlackInteractionHandler(
    ApprovalClickHandler approvals,
    DraftSubmissionHandler draftForms,
    CommentSubmissionHandler commentForms,
    DraftModalOpener modals,
    SlackContacts contacts,
    SuggestionClickHandler suggestions,
    SlackFollowUps followUps)
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
                return Answer(interaction, await approvals.ApproveAsync(click, cancellationToken));
            }
            if (await approvals.OpenCommentAsync(click, cancellationToken) is { } refusal)
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
                return Answer(interaction, await suggestions.AcceptAsync(interaction.UserId, action.Value!, cancellationToken));
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

    private SlackHttpAnswer Answer(BlockActionsInteraction interaction, SlackClickAnswer answer)
    {
        if (answer.TellAfterwards is { } message)
        {
            TellLater(interaction, message);
        }
        return answer.Answer;
    }

    // Storage may be what failed: the reply goes by the clicker's Slack ids alone (ephemeral, else a DM Slack opens).
    private void TellLater(BlockActionsInteraction interaction, SlackMessage message) =>
        Later($"answer {interaction.UserId}", (s, ct) =>
            s.GetRequiredService<PrivateReplies>().TellAsync(interaction.UserId, interaction.ChannelId, null, message, ct));

    private void Later(string description, Func<IServiceProvider, CancellationToken, Task> work) => followUps.Enqueue(description, work);
}
