using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Policy;
using PostApprovalBot.Slack.Views.Approval;
using SlackSeverity = PostApprovalBot.Slack.Views.Approval.FindingSeverity;

namespace PostApprovalBot.Slack.Channel.Rendering;

/// <summary>Turns the core's <see cref="ReviewerView"/> into the approval message one approver sees.</summary>
internal static class ApprovalViews
{
    public static ApprovalRequestModel From(ReviewerView view, PersonId viewer)
    {
        var overview = view.Overview;
        var draft = overview.Draft;
        var revision = draft.CurrentRevision;
        var stage = overview.Stages.FirstOrDefault(s => string.Equals(s.Stage.Name, view.StageName, StringComparison.OrdinalIgnoreCase));
        var settled = view.CanAct ? null : SlackWording.SettlingDecision(overview, stage, view.StageName);
        var earlier = draft.Decisions
            .Where(d => d != settled)
            .OrderBy(d => d.At)
            .Select(d => SlackWording.Line(d, revision.Number))
            .ToList();
        return new ApprovalRequestModel(
            draft.Id,
            revision.Number,
            stage?.Stage.Name ?? view.StageName,
            stage?.Stage.Name ?? view.StageName,
            overview.Account.DisplayName,
            SlackWording.Platform(overview),
            draft.Submitter.DisplayName,
            SlackWording.Schedule(revision.Content),
            revision.Content.Text,
            revision.Content.Links,
            revision.Findings.Select(Finding).ToList(),
            earlier,
            settled is null ? null : SlackWording.Line(settled, revision.Number),
            view.CanAct ? null : ClosingNote(view, stage, viewer))
        {
            Changes = draft.Revisions.Count > 1 ? RevisionChanges.Between(draft.Revisions[^2].Content.Text, revision.Content.Text) : [],
            Introduction = view.Introduction is { } introduction ? SlackWording.Introduction(introduction) : null,
        };
    }

    private static PolicyFindingLine Finding(PolicyFinding finding) =>
        new(finding.Blocks ? SlackSeverity.Blocking : SlackSeverity.Warning, finding.Message);

    // Why the buttons are gone, in one sentence: the draft's end, or where it waits now.
    private static string ClosingNote(ReviewerView view, StageProgress? stage, PersonId viewer)
    {
        var draft = view.Overview.Draft;
        var last = draft.Decisions.LastOrDefault();
        if (SlackWording.Override(draft) is { } overridden)
        {
            return $"This post was {(draft.State == DraftState.Approved ? "approved" : "rejected")} by {SlackWording.Decider(overridden)}; no decision is needed any more.";
        }
        switch (draft.State)
        {
            case DraftState.Approved:
                return "This post is approved: every review stage agreed.";
            case DraftState.Rejected:
                return last is null ? "This post was rejected." : $"This post was rejected at the {last.StageName} stage by {SlackWording.Decider(last)}.";
            case DraftState.ChangesRequested:
                return last is null
                    ? "Changes were requested; you will get the revised draft."
                    : $"{SlackWording.Decider(last)} ({last.StageName}) asked for changes; you will get the revised draft.";
            case DraftState.Withdrawn:
                return "The submitter withdrew this draft.";
            case DraftState.Expired:
                return $"This draft expired: its publication time, {SlackWording.Schedule(draft.CurrentRevision.Content)}, passed before every stage decided. No decision is needed any more.";
        }
        if (stage is { Outcome: StageOutcome.Waiting } && stage.Decisions.Any(d => d.Approver.Id == viewer))
        {
            return $"You approved; the {stage.Stage.Name} stage waits for more approvals.";
        }
        return SlackWording.WaitingStages(view.Overview) is { } waiting
            ? $"Your part is done. The draft is now with {waiting}."
            : "Your part is done.";
    }
}
