using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Core.Drafts;

/// <summary>
/// A post on its way to publication: its revisions, the route it was given at submission
/// (a snapshot, so later route edits do not change drafts in flight), and every decision.
/// <see cref="RequestFingerprint"/> names the chat request that submitted it, when its channel had a key for it,
/// so a retry of that same request is recognized instead of stored as a second draft.
/// </summary>
public sealed record Draft(
    string Id,
    string AccountId,
    Person Submitter,
    DraftState State,
    IReadOnlyList<DraftRevision> Revisions,
    ApprovalRoute Route,
    int StepIndex,
    IReadOnlyList<StageDecision> Decisions,
    IReadOnlyList<PersonId> PendingApprovers,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? StepStartedAt = null,
    string? RequestFingerprint = null)
{
    /// <summary>When the current step's reviewers were asked; SLAs count from here.</summary>
    public DateTimeOffset ReviewStartedAt => StepStartedAt ?? SubmittedAt;

    public DraftRevision CurrentRevision => Revisions[^1];

    public RouteStep CurrentStep => Route.Steps[StepIndex];

    public bool IsFinal => DraftTransitions.IsFinal(State);

    public IReadOnlyList<StageDecision> DecisionsFor(int stepIndex, string stageName) =>
        Decisions.Where(d => d.Revision == CurrentRevision.Number && d.StepIndex == stepIndex && d.StageName == stageName).ToList();

    public (int StepIndex, StageDefinition Stage)? FindStage(string stageName)
    {
        for (var i = 0; i < Route.Steps.Count; i++)
        {
            var stage = Route.Steps[i].Stages.FirstOrDefault(s => string.Equals(s.Name, stageName, StringComparison.OrdinalIgnoreCase));
            if (stage is not null) return (i, stage);
        }
        return null;
    }
}
