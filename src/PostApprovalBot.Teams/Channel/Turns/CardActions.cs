using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Teams.Activities;
using PostApprovalBot.Teams.Cards.Views;
using PostApprovalBot.Teams.Channel.Drafts;
using PostApprovalBot.Teams.Channel.Rendering;
using CoreVerdict = PostApprovalBot.Core.Drafts.Verdict;

namespace PostApprovalBot.Teams.Channel.Turns;

/// <summary>
/// Answers card clicks (Action.Execute) by verb. The actor is the turn's person; the card data only names the draft, revision and stage,
/// and whatever it names, the service decides whether this person may act on it.
/// </summary>
public sealed class CardActions(DraftService drafts, DraftSubmission submission, DraftViewer viewer, ApprovalCards approvals, TeamsReplies replies)
{
    public async Task<CardActionAnswer> AnswerAsync(TeamsTurn turn, AdaptiveCardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var draftId = request.DataText(CardDataKeys.DraftId);
        switch (request.Verb)
        {
            case CardVerbs.Approve or CardVerbs.Reject or CardVerbs.RequestChanges:
                return await DecideAsync(turn, request, cancellationToken).ConfigureAwait(false);
            case CardVerbs.SubmitDraft:
                return CardActionAnswer.Replace(await submission.SubmitFormAsync(turn.Person, DraftFormSubmission.Read(request)!, cancellationToken, turn.CardRequestKey).ConfigureAwait(false));
            case CardVerbs.Refresh when draftId is not null:
                return CardActionAnswer.Replace(await RefreshAsync(turn, draftId, request.DataText(CardDataKeys.Stage), cancellationToken).ConfigureAwait(false));
            case CardVerbs.OpenDraft when draftId is not null:
                // A new message, so that the list the person clicked in stays as it was.
                await replies.SendAsync(turn, await viewer.OpenAsync(turn.Person, draftId, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                return CardActionAnswer.Say($"Draft {draftId} is below.");
            case CardVerbs.AcceptSuggestion when draftId is not null:
                // Replaces the notice that carried the button, so the suggestion cannot be accepted twice from it.
                return CardActionAnswer.Replace(await submission.AcceptSuggestionAsync(turn.Person, draftId, cancellationToken).ConfigureAwait(false));
            case CardVerbs.ResubmitDraft when draftId is not null:
                await replies.SendAsync(turn, await viewer.ResubmitFormAsync(turn.Person, draftId, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                return CardActionAnswer.Say($"The form with the text of draft {draftId} is below: choose a new time and submit it.");
            case CardVerbs.ReviseDraft when draftId is not null:
                // A new message, so that the status card keeps following the draft.
                await replies.SendAsync(turn, await viewer.ReviseFormAsync(turn.Person, draftId, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                return CardActionAnswer.Say($"The form to revise draft {draftId} is below.");
            default:
                return CardActionAnswer.Replace(Notices.Refused("Unknown button",
                    "This button does not say which draft it is about, or it is not one I know. Type 'help' to see what I can do."));
        }
    }

    private async Task<CardActionAnswer> DecideAsync(TeamsTurn turn, AdaptiveCardActionRequest request, CancellationToken ct)
    {
        if (ApprovalActionSubmission.Read(request) is not { } click)
        {
            return CardActionAnswer.Replace(Notices.Refused("Not recorded", "This button does not say which draft, revision and stage it is for, so nothing was recorded."));
        }

        var verdict = click.Verdict switch
        {
            Verdict.Approved => CoreVerdict.Approve,
            Verdict.Rejected => CoreVerdict.Reject,
            _ => CoreVerdict.RequestChanges,
        };
        var result = await drafts.DecideAsync(turn.Person, click.DraftId, click.StageId, click.Revision, verdict, click.Comment, ct, click.SuggestedText).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return CardActionAnswer.Replace(await viewer.RefusedAsync(turn.Person, click.DraftId, click.StageId, result.Refusal!, ct).ConfigureAwait(false));
        }

        var overview = result.Value.Overview;
        var stage = overview.Draft.FindStage(click.StageId)?.Stage.Name ?? click.StageId;
        return CardActionAnswer.Replace(await approvals.BuildAsync(ReviewerView.For(overview, turn.Person.Id, stage), turn.Person.Id, null, ct).ConfigureAwait(false));
    }

    private async Task<Cards.AdaptiveCard> RefreshAsync(TeamsTurn turn, string draftId, string? stage, CancellationToken ct)
    {
        var found = await drafts.GetAsync(draftId, ct).ConfigureAwait(false);
        return found.Succeeded && DraftAccess.MayView(found.Value, turn.Person.Id)
            ? await viewer.ApprovalAsync(found.Value, turn.Person, stage, null, ct).ConfigureAwait(false)
            : DraftViewer.NotVisible(draftId);
    }
}
