using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Slack.Views.Drafts;

namespace PostApprovalBot.Slack.Channel.Rendering;

/// <summary>Turns a <see cref="DraftOverview"/> into the submitter's status message.</summary>
internal static class StatusViews
{
    public static SubmitterStatusModel From(DraftOverview overview)
    {
        var draft = overview.Draft;
        var revision = draft.CurrentRevision;
        return new SubmitterStatusModel(
            draft.Id,
            revision.Number,
            overview.Account.DisplayName,
            SlackWording.Platform(overview),
            SlackWording.Schedule(revision.Content),
            revision.Content.Text,
            SlackWording.Progress(draft.State),
            overview.Stages.Select(stage => Line(overview, stage)).ToList());
    }

    private static StageStatusLine Line(DraftOverview overview, StageProgress stage)
    {
        var final = overview.Draft.IsFinal;
        var state = stage.Outcome switch
        {
            StageOutcome.Approved => StageState.Approved,
            StageOutcome.Rejected => StageState.Rejected,
            StageOutcome.ChangesRequested => StageState.ChangesRequested,
            StageOutcome.Waiting when overview.Draft.State == DraftState.InReview => StageState.InReview,
            _ when final => StageState.Skipped,
            _ => StageState.NotReached,
        };
        var decision = state is StageState.Approved or StageState.Rejected or StageState.ChangesRequested
            ? SlackWording.SettlingDecision(overview, stage, stage.Stage.Name)
            : null;
        return new StageStatusLine(
            stage.Stage.Name,
            state,
            decision is null ? null : SlackWording.Decider(decision),
            decision is null ? null : SlackWording.When(decision.At),
            decision?.Comment);
    }
}
