using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Teams.Cards.Views;
using CoreVerdict = PostApprovalBot.Core.Drafts.Verdict;

namespace PostApprovalBot.Teams.Channel.Rendering;

/// <summary>Turns a draft into the submitter's status card: each stage in route order, who decided and when.</summary>
internal static class StatusCardViews
{
    public static SubmissionStatusView From(DraftOverview overview)
    {
        var draft = overview.Draft;
        return new SubmissionStatusView(
            draft.Id, draft.CurrentRevision.Number, overview.Account.DisplayName, overview.Account.Platform.ToString(),
            Wording.Schedule(draft.CurrentRevision.Content), overview.Stages.Select(s => Stage(s, draft)).ToList())
        {
            ClosedText = draft.State switch
            {
                DraftState.Withdrawn => $"Draft {draft.Id} was withdrawn on {Wording.When(draft.UpdatedAt)}; it will not be published.",
                DraftState.Expired => $"Draft {draft.Id} expired on {Wording.When(draft.UpdatedAt)} before every stage decided; it will not be published. "
                    + "Submit it again with a new time if it is still needed.",
                _ when Wording.Override(draft) is { } overridden =>
                    $"{(draft.State == DraftState.Approved ? "Approved" : "Rejected")} by {Wording.Decider(overridden)} on {Wording.When(overridden.At)}.",
                _ => null,
            },
        };
    }

    private static StageStatusView Stage(StageProgress stage, Draft draft)
    {
        var decision = stage.DecidingDecision
            ?? (stage.Outcome == StageOutcome.Approved
                ? draft.Decisions.LastOrDefault(d => d.StageName == stage.Stage.Name && d.Verdict == CoreVerdict.Approve)
                : null);
        var state = stage.Outcome switch
        {
            StageOutcome.NotStarted => StageState.NotStarted,
            StageOutcome.Approved => StageState.Approved,
            StageOutcome.Rejected => StageState.Rejected,
            StageOutcome.ChangesRequested => StageState.ChangesRequested,
            _ => StageState.Waiting,
        };
        var when = decision is null ? null
            : Wording.When(decision.At) + (decision.Revision == draft.CurrentRevision.Number ? "" : $", revision {Wording.Number(decision.Revision)}");
        return new StageStatusView(stage.Stage.Name, state, decision is null ? null : Wording.Decider(decision), when, decision?.Comment);
    }
}
