using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Slack.Views.Drafts;

namespace PostApprovalBot.Slack.Channel.Rendering;

/// <summary>Turns the core's <see cref="SubmitterNotice"/> into the submitter's outcome message.</summary>
internal static class OutcomeViews
{
    public static SubmitterOutcomeModel From(SubmitterNotice notice)
    {
        var overview = notice.Overview;
        var draft = overview.Draft;
        var text = draft.CurrentRevision.Content.Text;
        var outcome = notice.Event.Kind switch
        {
            DraftEventKind.Approved => SubmitterOutcome.Approved,
            DraftEventKind.Rejected => SubmitterOutcome.Rejected,
            DraftEventKind.ChangesRequested => SubmitterOutcome.ChangesRequested,
            DraftEventKind.Withdrawn => SubmitterOutcome.Withdrawn,
            DraftEventKind.Expired => SubmitterOutcome.Expired,
            _ => SubmitterOutcome.ApproversUnreachable,
        };
        var overridden = outcome is SubmitterOutcome.Approved or SubmitterOutcome.Rejected ? SlackWording.Override(draft) : null;
        var decided = outcome is SubmitterOutcome.Rejected or SubmitterOutcome.ChangesRequested || overridden is not null;
        var suggestion = outcome == SubmitterOutcome.ChangesRequested
            ? draft.Decisions.LastOrDefault(d => d.Revision == draft.CurrentRevision.Number && d.Verdict == Verdict.RequestChanges)?.SuggestedText
            : null;
        return new SubmitterOutcomeModel(
            outcome,
            draft.Id,
            draft.CurrentRevision.Number,
            overview.Account.DisplayName,
            SlackWording.Platform(overview),
            decided ? notice.Event.Actor.DisplayName : null,
            decided && overridden is null ? notice.Event.StageName : null,
            decided ? notice.Event.Comment : null,
            outcome == SubmitterOutcome.Approved ? text : null,
            outcome == SubmitterOutcome.Approved ? ApprovedText.Sha256(text) : null,
            notice.UnreachableApprovers.Select(p => $"{p.DisplayName} ({p.Id})").ToList())
        {
            Overridden = overridden is not null,
            SuggestedText = suggestion,
            SuggestedChanges = suggestion is null ? [] : RevisionChanges.Between(text, suggestion),
            ScheduleText = outcome == SubmitterOutcome.Expired ? SlackWording.Schedule(draft.CurrentRevision.Content) : null,
            MissingPermissions = notice.MissingPermissions.Select(c => c.ToString()).ToList(),
        };
    }
}
