using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Core.Drafts;

/// <summary>Computes where each stage stands and who may still act, from the decisions and the groups.</summary>
public static class StageEvaluator
{
    public static IReadOnlyList<PersonId> EligibleApprovers(Draft draft, StageDefinition stage, IReadOnlyDictionary<string, ApproverGroup> groups) =>
        groups.TryGetValue(stage.ApproverGroupId, out var group)
            ? group.Members.Select(m => m.Id).Where(id => id != draft.Submitter.Id).Distinct().ToList()
            : [];

    public static StageProgress Progress(Draft draft, int stepIndex, StageDefinition stage, IReadOnlyDictionary<string, ApproverGroup> groups)
    {
        if (stepIndex > draft.StepIndex)
            return new StageProgress(stepIndex, stage, StageOutcome.NotStarted, []);
        var decisions = draft.DecisionsFor(stepIndex, stage.Name);
        var outcome = Outcome(draft, stepIndex, stage, decisions, groups);
        return new StageProgress(stepIndex, stage, outcome, decisions);
    }

    public static IReadOnlyList<StageProgress> All(Draft draft, IReadOnlyDictionary<string, ApproverGroup> groups) =>
        draft.Route.Steps
            .SelectMany((step, index) => step.Stages.Select(stage => Progress(draft, index, stage, groups)))
            .ToList();

    /// <summary>The people who can still act on the current step: eligible, not yet decided, stage still open.</summary>
    /// <summary>
    /// The people who can still act on the current step: eligible members who have not decided on an
    /// open stage, and the active delegates of those members.
    /// </summary>
    public static IReadOnlyList<PersonId> PendingApprovers(Draft draft, IReadOnlyDictionary<string, ApproverGroup> groups, DateTimeOffset at)
    {
        if (draft.State != DraftState.InReview) return [];
        var pending = new List<PersonId>();
        foreach (var progress in draft.CurrentStep.Stages.Select(stage => Progress(draft, draft.StepIndex, stage, groups)).Where(p => p.Outcome == StageOutcome.Waiting))
        {
            var members = EligibleApprovers(draft, progress.Stage, groups).Where(id => progress.Decisions.All(d => d.Principal.Id != id)).ToList();
            pending.AddRange(members);
            if (groups.TryGetValue(progress.Stage.ApproverGroupId, out var group))
                pending.AddRange(members.SelectMany(m => group.DelegatesOf(m, at)).Select(p => p.Id).Where(id => id != draft.Submitter.Id));
        }
        return pending.Distinct().ToList();
    }

    private static StageOutcome Outcome(
        Draft draft, int stepIndex, StageDefinition stage, IReadOnlyList<StageDecision> decisions, IReadOnlyDictionary<string, ApproverGroup> groups)
    {
        if (decisions.Any(d => d.Verdict == Verdict.Reject)) return StageOutcome.Rejected;
        if (decisions.Any(d => d.Verdict == Verdict.RequestChanges)) return StageOutcome.ChangesRequested;
        var approvals = decisions.Where(d => d.Verdict == Verdict.Approve).Select(d => d.Principal.Id).Distinct().Count();
        if (stage.Quorum.IsMet(approvals, EligibleApprovers(draft, stage, groups).Count)) return StageOutcome.Approved;
        // Steps before the current one were passed with an earlier revision when the route restarted later.
        return stepIndex < draft.StepIndex ? StageOutcome.Approved : StageOutcome.Waiting;
    }
}
