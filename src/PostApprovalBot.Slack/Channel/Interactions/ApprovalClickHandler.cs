using Microsoft.Extensions.Logging;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Channel.Commands;
using PostApprovalBot.Slack.Channel.Identity;
using PostApprovalBot.Slack.Channel.Messaging;
using PostApprovalBot.Slack.Channel.Rendering;
using PostApprovalBot.Slack.Views;
using PostApprovalBot.Slack.Views.Approval;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Channel.Interactions;

/// <summary>
/// The approver's buttons. The clicker is the payload's user; the button value only names the draft, revision
/// and stage, and the core decides whether this person may decide it (refusals go to the clicker alone).
/// </summary>
public sealed class ApprovalClickHandler(
    DraftService drafts, SlackContacts contacts, PrivateReplies replies, SlackApiClient slack, IPostedCardStore cards, ILogger<ApprovalClickHandler> logger)
{
    /// <summary>
    /// Approve: decided and stored before Slack is answered (<see cref="ClickRecording"/>); the approvers' messages are
    /// then updated by the notifier, and a refusal is told to the clicker afterwards.
    /// </summary>
    public async Task<SlackClickAnswer> ApproveAsync(ApprovalClick click, CancellationToken cancellationToken)
    {
        var identity = await contacts.ResolveAsync(click.ClickerUserId, null, cancellationToken);
        if (!identity.IsKnown)
        {
            return SlackClickAnswer.Stored(SlackNotice.Refusal(identity.Problem));
        }
        var target = click.Target;
        return await ClickRecording.AnswerAsync(async () =>
            (await drafts.DecideAsync(identity.Contact.Person, target.DraftId, target.StageId, target.Revision, Verdict.Approve, null, cancellationToken)).Refusal,
            $"Your approval of draft {target.DraftId}", logger, cancellationToken);
    }

    /// <summary>
    /// Reject and Request changes: the comment modal must open now, while the trigger id is valid. It shows part of
    /// the draft, so only to someone involved in it; returns what to tell the clicker instead when it does not open.
    /// </summary>
    public async Task<SlackMessage?> OpenCommentAsync(ApprovalClick click, CancellationToken cancellationToken)
    {
        if (click.TriggerId is null || click.Message is null)
        {
            return SlackNotice.Refusal($"Draft {click.Target.DraftId} cannot be decided from here. Use the buttons on its approval message.");
        }
        var identity = await contacts.ResolveAsync(click.ClickerUserId, null, cancellationToken);
        if (!identity.IsKnown)
        {
            return SlackNotice.Refusal(identity.Problem);
        }
        var found = await drafts.GetAsync(click.Target.DraftId, cancellationToken);
        if (!found.Succeeded)
        {
            return SlackNotice.Refusal(found.Refusal!.Message);
        }
        var overview = found.Value;
        if (!DraftVisibility.MaySee(overview, identity.Contact.Person.Id))
        {
            return SlackNotice.Refusal(DraftVisibility.Refusal(overview.Draft.Id));
        }
        // The approver's own version starts from the draft's text; Slack's text box holds 3,000 characters, so longer drafts get no field.
        var text = overview.Draft.CurrentRevision.Content.Text;
        var prefill = click.Verdict == ApprovalVerdict.RequestChanges && text.Length <= BlockKitLimits.PlainTextInputLength ? text : null;
        await slack.OpenViewAsync(click.TriggerId, CommentModal.Build(new CommentModalModel(
            click.Verdict, click.Target, overview.Account.DisplayName, click.Target.StageId, text, click.Message, prefill)),
            cancellationToken);
        return null;
    }

    /// <summary>
    /// Review (App Home): posts the approval message afresh in the approver's DM and remembers it as the one to
    /// keep up to date; the older message is marked as moved.
    /// </summary>
    public async Task ReviewAsync(string userId, ApprovalButtonValue target, CancellationToken cancellationToken)
    {
        var identity = await contacts.ResolveAsync(userId, null, cancellationToken);
        if (!identity.IsKnown || identity.Contact.Address is null)
        {
            await replies.TellAsync(userId, null, null, SlackNotice.Refusal(identity.Problem ?? "I cannot open a DM with you."), cancellationToken);
            return;
        }
        var contact = identity.Contact;
        var found = await drafts.GetAsync(target.DraftId, cancellationToken);
        var view = found.Succeeded ? ReviewerView.For(found.Value, contact.Person.Id, target.StageId) : null;
        if (view is null || !view.CanAct || view.Overview.Draft.CurrentRevision.Number != target.Revision)
        {
            await replies.TellAsync(userId, null, contact, SlackNotice.Refusal(
                found.Refusal?.Message ?? $"Draft {target.DraftId} no longer waits for your decision at {target.StageId}."), cancellationToken);
            return;
        }
        var posted = await slack.PostMessageAsync(contact.Address, ApprovalMessage.Build(ApprovalViews.From(view, contact.Person.Id)), cancellationToken);
        var earlier = (await cards.ListAsync(target.DraftId, ChatChannel.Slack, cancellationToken))
            .FirstOrDefault(c => c.Role == PostedCardRole.Approval && c.Person == contact.Person.Id && c.StageName == view.StageName);
        await cards.SaveAsync(new PostedCard(view.Overview.Draft.Id, ChatChannel.Slack, PostedCardRole.Approval, contact.Person.Id,
            SlackMessageAddress.Format(posted), view.StageName), cancellationToken);
        if (earlier is not null && SlackMessageAddress.TryParse(earlier.MessageAddress, out var old))
        {
            await slack.UpdateMessageAsync(old, SlackNotice.Text($"This approval request for draft {target.DraftId} moved to a newer message below."), cancellationToken);
        }
    }
}
