using Microsoft.Extensions.Logging;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Slack.Channel.Identity;
using PostApprovalBot.Slack.Http;
using PostApprovalBot.Slack.Inbound.Interactions;
using PostApprovalBot.Slack.Views.Drafts;

namespace PostApprovalBot.Slack.Channel.Interactions;

/// <summary>
/// A submitted draft modal: the core submits (or revises) the draft; every refusal comes back under the field
/// it is about, or under the text when it is about the draft as a whole. Success closes the modal.
/// A new draft's request key is the modal's view id: when the outcome could not be confirmed the modal stays open, and
/// sending it again unchanged returns the draft already stored instead of a second one, while a changed form is a new
/// submission (the core keys a request by what it sent too).
/// </summary>
public sealed class DraftSubmissionHandler(DraftService drafts, SlackContacts contacts, TimeProvider clock, ILogger<DraftSubmissionHandler> logger)
{
    public async Task<SlackHttpAnswer> HandleAsync(ViewSubmissionInteraction submission, CancellationToken cancellationToken)
    {
        var form = NewDraftModal.Read(submission);
        if (!form.Succeeded)
        {
            return form.ToErrorAnswer();
        }
        var identity = await contacts.ResolveAsync(submission.UserId, null, cancellationToken);
        if (!identity.IsKnown)
        {
            return Error(NewDraftField.Text, identity.Problem);
        }
        var draft = form.Value;
        var schedule = Schedule(draft);
        if (schedule.Problem is { } problem)
        {
            return NewDraftModal.ErrorsFor(new Dictionary<NewDraftField, string> { [problem.Field] = problem.Message });
        }
        var content = new DraftContent(draft.Text, draft.Links.Select(l => l.OriginalString).ToList(), draft.SourcesAndNotes, schedule.Time);
        return await ModalRecording.AnswerAsync(
            () => SubmitAsync(identity.Contact.Person, submission.View.Id, draft, content, cancellationToken), message => Error(NewDraftField.Text, message), logger, cancellationToken);
    }

    private async Task<SlackHttpAnswer> SubmitAsync(Person person, string viewId, NewDraftSubmission draft, DraftContent content, CancellationToken cancellationToken)
    {
        Result<DraftOutcome> result;
        if (draft.RevisingDraftId is { } revising)
        {
            var existing = await drafts.GetAsync(revising, cancellationToken);
            if (existing.Succeeded && existing.Value.Draft.AccountId != draft.AccountId)
            {
                return Error(NewDraftField.Account, $"A revision stays on {existing.Value.Account.DisplayName}. To post elsewhere, submit a new draft.");
            }
            result = await drafts.ReviseAsync(person, revising, content, cancellationToken);
        }
        else
        {
            result = await drafts.SubmitAsync(person, draft.AccountId, content, cancellationToken, "slack-view:" + viewId);
        }
        return result.Succeeded ? SlackHttpAnswer.ViewClear() : Error(FieldOf(result.Refusal!.Code), result.Refusal.Message);
    }

    // The core re-checks the time; checking here too puts the message under the date instead of the text.
    private (ScheduledTime? Time, (NewDraftField Field, string Message)? Problem) Schedule(NewDraftSubmission draft)
    {
        if (draft.ScheduledDate is not { } date || draft.ScheduledTime is not { } time)
        {
            return (null, null);
        }
        if (!ScheduledTime.TryFindZone(draft.TimeZoneId, out _))
        {
            return (null, (NewDraftField.TimeZone, $"'{draft.TimeZoneId}' is not a time zone I know. Choose one from the list."));
        }
        var read = ScheduledTime.FromLocal(date.ToDateTime(time), draft.TimeZoneId!);
        if (!read.Succeeded)
        {
            return (null, (NewDraftField.ScheduledTime, read.Refusal!.Message));
        }
        return read.Value.Utc < clock.GetUtcNow()
            ? (null, (NewDraftField.ScheduledDate, $"{read.Value.Describe()} is in the past. Pick a time in the future."))
            : (read.Value, null);
    }

    private static NewDraftField FieldOf(RefusalCode code) => code switch
    {
        RefusalCode.NotASpokesperson or RefusalCode.AccountRetired or RefusalCode.NotFound => NewDraftField.Account,
        _ => NewDraftField.Text,
    };

    private static SlackHttpAnswer Error(NewDraftField field, string message) =>
        NewDraftModal.ErrorsFor(new Dictionary<NewDraftField, string> { [field] = message });
}
