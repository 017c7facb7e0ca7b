using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Core.Chat;

/// <summary>What one approver's card shows: the draft, the stage they review, and whether they may still act.</summary>
public sealed record ReviewerView(DraftOverview Overview, string StageName, bool CanAct)
{
    /// <summary>Set on the first card the bot sends a person it found by e-mail (they never used it): shown as the card's first line.</summary>
    public ReviewIntroduction? Introduction { get; init; }

    public static ReviewerView For(DraftOverview overview, PersonId viewer, string stageName)
    {
        var stage = overview.Stages.FirstOrDefault(s => s.StepIndex == overview.Draft.StepIndex && s.Stage.Name == stageName);
        var canAct = stage is { Outcome: Drafts.StageOutcome.Waiting }
            && overview.Draft.PendingApprovers.Contains(viewer)
            && stage.Decisions.All(d => d.Approver.Id != viewer);
        return new ReviewerView(overview, stageName, canAct);
    }
}
