using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Cards.Views;
using PostApprovalBot.Teams.Channel.Rendering;

namespace PostApprovalBot.Teams.Channel.Drafts;

/// <summary>Shows one draft to one person as they may see it: the submitter's status card, an approver's card, or nothing but a refusal.</summary>
public sealed class DraftViewer(DraftService drafts, ApprovalCards approvals)
{
    public async Task<AdaptiveCard> OpenAsync(Person person, string draftId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var found = await drafts.GetAsync(draftId, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded || !DraftAccess.MayView(found.Value, person.Id))
        {
            return NotVisible(draftId);
        }

        return DraftAccess.IsSubmitter(found.Value, person.Id)
            ? SubmissionStatusCard.Build(StatusCardViews.From(found.Value))
            : await ApprovalAsync(found.Value, person, null, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The approval card for this person: the named stage when they review it, else their own stage of the draft.</summary>
    public Task<AdaptiveCard> ApprovalAsync(DraftOverview overview, Person person, string? stageName, string? refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(person);
        var stage = DraftAccess.StageFor(overview, person.Id, stageName);
        return approvals.BuildAsync(ReviewerView.For(overview, person.Id, stage), person.Id, refusal, cancellationToken);
    }

    /// <summary>After a refused click: the card as it stands for this person with the reason, or the reason alone when the draft is not theirs to see.</summary>
    public async Task<AdaptiveCard> RefusedAsync(Person person, string draftId, string? stageName, Refusal refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var found = await drafts.GetAsync(draftId, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded || !DraftAccess.MayView(found.Value, person.Id))
        {
            return Notices.Refused("Not recorded", refusal);
        }

        return await ApprovalAsync(found.Value, person, stageName, refusal.Message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The revision form, prefilled; only for the submitter, and only after an approver asked for changes.</summary>
    public async Task<AdaptiveCard> ReviseFormAsync(Person person, string draftId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var found = await drafts.GetAsync(draftId, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded || !DraftAccess.MayView(found.Value, person.Id))
        {
            return NotVisible(draftId);
        }

        var draft = found.Value.Draft;
        if (!DraftAccess.IsSubmitter(found.Value, person.Id))
        {
            return Notices.Refused("Not yours to revise", $"Only {draft.Submitter.DisplayName}, who submitted draft {draft.Id}, can revise it.");
        }

        var asked = draft.Decisions.LastOrDefault(d => d.Revision == draft.CurrentRevision.Number && d.Verdict == Core.Drafts.Verdict.RequestChanges);
        return draft.State == DraftState.ChangesRequested
            ? DraftFormCard.Build(DraftForms.Revision(found.Value) with
            {
                FormError = asked is null ? null : $"{asked.Approver.DisplayName} asked for changes at the {asked.StageName} stage: {asked.Comment}",
            })
            : Notices.Refused("Nothing to revise",
                $"You can revise draft {draft.Id} only after an approver asks for changes; it is {DraftTransitions.Describe(draft.State)} now.");
    }

    /// <summary>
    /// The form for a new draft with the text, links and notes of an expired, rejected or withdrawn draft, and no time: what the
    /// submitter is invited to do when a draft expired. Only for its submitter.
    /// </summary>
    public async Task<AdaptiveCard> ResubmitFormAsync(Person person, string draftId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var found = await drafts.GetAsync(draftId, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded || !DraftAccess.IsSubmitter(found.Value, person.Id))
        {
            return NotVisible(draftId);
        }

        var draft = found.Value.Draft;
        if (draft.State is not (DraftState.Expired or DraftState.Rejected or DraftState.Withdrawn))
        {
            return Notices.Refused("Still going", $"Draft {draft.Id} is {DraftTransitions.Describe(draft.State)}; a new draft from it is for drafts that ended without being approved.");
        }

        var accounts = await drafts.AccountsForAsync(person, cancellationToken).ConfigureAwait(false);
        var values = DraftForms.Values(draft.AccountId, draft.CurrentRevision.Content with { Schedule = null });
        return DraftFormCard.Build(DraftForms.New(accounts) with
        {
            Prefill = values with
            {
                AccountId = accounts.Any(a => a.Id == draft.AccountId) ? draft.AccountId : null,
                TimeZoneId = draft.CurrentRevision.Content.Schedule?.TimeZoneId ?? "UTC",
            },
            FormError = $"The text of draft {draft.Id}, ready to go again as a new draft: choose a new publication time, then submit.",
        });
    }

    /// <summary>The same answer for an unknown draft and someone else's, so nobody learns which ids exist.</summary>
    public static AdaptiveCard NotVisible(string draftId) => Notices.Refused("No such draft",
        $"I found no draft '{draftId}' that you can see. Type 'my drafts' for yours, or 'pending' for those waiting for you.");
}
