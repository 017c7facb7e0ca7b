using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Storage.Drafts;

/// <summary>The draft row: its state without the revisions and decisions, which have rows of their own.</summary>
public sealed record DraftHeader(
    string Id,
    string AccountId,
    Person Submitter,
    DraftState State,
    ApprovalRoute Route,
    int StepIndex,
    IReadOnlyList<PersonId> PendingApprovers,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? StepStartedAt = null,
    string? RequestFingerprint = null)
{
    public static DraftHeader Of(Draft draft) => new(draft.Id, draft.AccountId, draft.Submitter, draft.State, draft.Route,
        draft.StepIndex, draft.PendingApprovers, draft.SubmittedAt, draft.UpdatedAt, draft.StepStartedAt, draft.RequestFingerprint);

    public Draft ToDraft(IReadOnlyList<DraftRevision> revisions, IReadOnlyList<StageDecision> decisions) =>
        new(Id, AccountId, Submitter, State, revisions, Route, StepIndex, decisions, PendingApprovers, SubmittedAt, UpdatedAt, StepStartedAt, RequestFingerprint);
}
