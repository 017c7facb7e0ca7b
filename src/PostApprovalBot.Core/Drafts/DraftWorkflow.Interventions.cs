using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Drafts;

/// <summary>What happens to a draft outside the normal vote: the clock, an administrator, a suggested edit.</summary>
public static partial class DraftWorkflow
{
    /// <summary>A draft still under review when its publication time passes can no longer go out as planned.</summary>
    public static Result<DraftChange> Expire(Draft draft, DateTimeOffset now)
    {
        if (draft.CurrentRevision.Content.Schedule is not { } schedule || schedule.Utc > now)
            return Result<DraftChange>.Refused(RefusalCode.InvalidTransition, $"Draft {draft.Id} is not past its scheduled time.");
        if (DraftTransitions.Check(draft.State, DraftState.Expired) is { } refusal) return refusal;
        var actor = SystemActor.Bot;
        var after = draft with { State = DraftState.Expired, PendingApprovers = [], UpdatedAt = now };
        return Result<DraftChange>.Success(new DraftChange(draft, after, null,
            [new AuditEvent(draft.Id, AuditActions.DraftExpired, actor, now, draft.CurrentRevision.Number, draft.State.ToString(), nameof(DraftState.Expired),
                $"scheduled for {schedule.Describe()}")],
            [new DraftEvent(DraftEventKind.Expired, draft.Id, draft.CurrentRevision.Number, actor)]));
    }

    /// <summary>The stage name of the decision an override records; it belongs to no step of the route.</summary>
    public const string OverrideStage = "Override";

    /// <summary>True for the decision an administrator's override recorded (step -1, so no stage ever counts it).</summary>
    public static bool IsOverride(StageDecision decision) =>
        decision is { StepIndex: OverrideStep, StageName: OverrideStage };

    private const int OverrideStep = -1;

    /// <summary>
    /// An administrator approves or rejects outright; the reason is mandatory and the audit says "override". The draft keeps
    /// the override as a decision of its own (<see cref="IsOverride"/>), so every card can say who overrode and why.
    /// </summary>
    public static Result<DraftChange> Override(Draft draft, Person admin, Verdict verdict, string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return Result<DraftChange>.Refused(RefusalCode.InvalidInput, "An override needs a reason: it is recorded for the auditors.");
        if (verdict == Verdict.RequestChanges)
            return Result<DraftChange>.Refused(RefusalCode.InvalidInput, "An override approves or rejects; to ask for changes, review the draft as an approver.");
        var target = verdict == Verdict.Approve ? DraftState.Approved : DraftState.Rejected;
        if (draft.IsFinal || DraftTransitions.Check(DraftState.InReview, target) is not null)
            return Result<DraftChange>.Refused(RefusalCode.AlreadyDecided, $"Draft {draft.Id} is already {DraftTransitions.Describe(draft.State)}; there is nothing to override.");
        var details = $"override; verdict={verdict}; reason={reason.Trim()}"
            + (target == DraftState.Approved ? $"; approved text sha256={ApprovedText.Sha256(draft.CurrentRevision.Content.Text)}" : "");
        var decision = new StageDecision(draft.CurrentRevision.Number, OverrideStep, OverrideStage, admin, verdict, reason.Trim(), now);
        var after = draft with { State = target, Decisions = [.. draft.Decisions, decision], PendingApprovers = [], UpdatedAt = now };
        return Result<DraftChange>.Success(new DraftChange(draft, after, decision,
            [new AuditEvent(draft.Id, AuditActions.DraftOverridden, admin, now, draft.CurrentRevision.Number, draft.State.ToString(), target.ToString(), details)],
            [new DraftEvent(target == DraftState.Approved ? DraftEventKind.Approved : DraftEventKind.Rejected, draft.Id, draft.CurrentRevision.Number, admin,
                draft.StepIndex, OverrideStage, reason.Trim())]));
    }

    /// <summary>The submitter takes the approver's suggested text in one click: the next revision, authored by the approver.</summary>
    public static Result<DraftChange> AcceptSuggestion(Draft draft, Person actor, SubmissionContext context, DateTimeOffset now)
    {
        if (draft.State != DraftState.ChangesRequested)
            return Result<DraftChange>.Refused(RefusalCode.InvalidTransition, $"Draft {draft.Id} is {DraftTransitions.Describe(draft.State)}: there is no suggestion to accept.");
        var suggestion = draft.Decisions.LastOrDefault(d => d.Revision == draft.CurrentRevision.Number && d.Verdict == Verdict.RequestChanges);
        if (suggestion?.SuggestedText is not { } text)
            return Result<DraftChange>.Refused(RefusalCode.NotFound, "The request for changes came without a suggested text. Revise the draft yourself.");
        var content = draft.CurrentRevision.Content with { Text = text };
        return ReviseAs(draft, actor, suggestion.Approver, content, context, now,
            $"suggested by {suggestion.Approver.Id}; accepted by {actor.Id}");
    }
}
