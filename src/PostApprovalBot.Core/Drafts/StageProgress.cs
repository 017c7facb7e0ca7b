using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Core.Drafts;

/// <summary>Where one stage stands for the draft's current revision.</summary>
public sealed record StageProgress(int StepIndex, StageDefinition Stage, StageOutcome Outcome, IReadOnlyList<StageDecision> Decisions)
{
    /// <summary>The decision that settled the stage, if it is settled.</summary>
    public StageDecision? DecidingDecision => Outcome switch
    {
        StageOutcome.Approved => Decisions.LastOrDefault(d => d.Verdict == Verdict.Approve),
        StageOutcome.Rejected => Decisions.LastOrDefault(d => d.Verdict == Verdict.Reject),
        StageOutcome.ChangesRequested => Decisions.LastOrDefault(d => d.Verdict == Verdict.RequestChanges),
        _ => null,
    };
}
