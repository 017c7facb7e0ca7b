using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Spokespersons;

namespace PostApprovalBot.Core.Drafts;

/// <summary>The approval workflow as pure functions: a command and the current state in, a change or a refusal out.</summary>
public static partial class DraftWorkflow
{
    public static Result<DraftChange> Submit(
        string draftId, Person submitter, DraftContent content, SubmissionContext context, DateTimeOffset now, string? requestFingerprint = null)
    {
        var permission = SpeakingRights.MaySubmit(submitter.Id, context.Account, context.Grants, now);
        if (!permission.Allowed) return Result<DraftChange>.Refused(RefusalCode.NotASpokesperson, permission.Reason);
        if (ValidateContent(content, now) is { } invalid) return invalid;

        var report = Preview(content, context, now);
        if (report.Blocks) return BlockedByPolicy(report);

        var route = context.Route.WithExtraGroups(ExtraGroups(report, context.Groups));
        var revision = new DraftRevision(1, content, submitter, now, report.Findings);
        var submitted = new Draft(draftId, context.Account.Id, submitter, DraftState.Submitted, [revision], route, 0, [], [], now, now, now, requestFingerprint);
        if (UnstaffedStage(submitted, context.Groups) is { } unstaffed) return unstaffed;

        var inReview = Pending(submitted with { State = DraftState.InReview }, context.Groups, now);
        return Result<DraftChange>.Success(new DraftChange(null, inReview, null,
            [
                new AuditEvent(draftId, AuditActions.DraftSubmitted, submitter, now, 1, null, nameof(DraftState.Submitted), $"account={context.Account.Id}"),
                StepAudit(inReview, submitter, now, DraftState.Submitted),
            ],
            [
                new DraftEvent(DraftEventKind.Submitted, draftId, 1, submitter),
                new DraftEvent(DraftEventKind.StepStarted, draftId, 1, submitter, 0),
            ]));
    }

    public static Result<DraftChange> Decide(
        Draft draft, Person actor, string stageName, int revision, Verdict verdict, string? comment,
        IReadOnlyDictionary<string, ApproverGroup> groups, DateTimeOffset now, string? suggestedText = null)
    {
        if (DecisionGuard.Check(draft, actor, stageName, revision, verdict, comment, groups, now) is { } refusal) return refusal;
        var (stepIndex, stage) = draft.FindStage(stageName)!.Value;
        var principal = groups[stage.ApproverGroupId].PrincipalFor(actor.Id, now)!;
        var suggestion = verdict == Verdict.RequestChanges && !string.IsNullOrWhiteSpace(suggestedText) && suggestedText != draft.CurrentRevision.Content.Text
            ? suggestedText : null;
        var decision = new StageDecision(revision, stepIndex, stage.Name, actor, verdict, comment?.Trim(), now,
            principal.Id == actor.Id ? null : principal, suggestion);
        var withDecision = draft with { Decisions = [.. draft.Decisions, decision], UpdatedAt = now };
        var audit = new List<AuditEvent>
        {
            new(draft.Id, AuditActions.DecisionRecorded, actor, now, revision, nameof(DraftState.InReview), null,
                $"stage={stage.Name}; verdict={verdict}" + (decision.OnBehalfOf is { } absent ? $"; on behalf of={absent.Id}" : "")
                + (decision.Comment is null ? "" : $"; comment={decision.Comment}") + (suggestion is null ? "" : "; with suggested text")),
        };
        var events = new List<DraftEvent> { new(DraftEventKind.DecisionRecorded, draft.Id, revision, actor, stepIndex, stage.Name, decision.Comment) };

        var progress = StageEvaluator.Progress(withDecision, stepIndex, stage, groups);
        var after = progress.Outcome switch
        {
            StageOutcome.Rejected => Finish(withDecision, DraftState.Rejected, AuditActions.DraftRejected, DraftEventKind.Rejected, actor, now, stage.Name, decision.Comment, audit, events),
            StageOutcome.ChangesRequested => Finish(withDecision, DraftState.ChangesRequested, AuditActions.ChangesRequested, DraftEventKind.ChangesRequested, actor, now, stage.Name, decision.Comment, audit, events),
            StageOutcome.Approved => AfterStageApproved(withDecision, stage, actor, now, groups, audit, events),
            _ => withDecision,
        };
        after = Pending(after, groups, now);
        audit[0] = audit[0] with { After = after.State.ToString() };
        return Result<DraftChange>.Success(new DraftChange(draft, after, decision, audit, events));
    }

    public static Result<DraftChange> Withdraw(Draft draft, Person actor, DateTimeOffset now)
    {
        if (actor.Id != draft.Submitter.Id)
            return Result<DraftChange>.Refused(RefusalCode.NotTheSubmitter, $"Only {draft.Submitter.DisplayName}, who submitted draft {draft.Id}, can withdraw it.");
        if (DraftTransitions.Check(draft.State, DraftState.Withdrawn) is { } refusal) return refusal;
        var after = draft with { State = DraftState.Withdrawn, PendingApprovers = [], UpdatedAt = now };
        return Result<DraftChange>.Success(new DraftChange(draft, after, null,
            [new AuditEvent(draft.Id, AuditActions.DraftWithdrawn, actor, now, draft.CurrentRevision.Number, draft.State.ToString(), nameof(DraftState.Withdrawn))],
            [new DraftEvent(DraftEventKind.Withdrawn, draft.Id, draft.CurrentRevision.Number, actor)]));
    }

    /// <summary>A new revision after a request for changes; review restarts at the step that asked for them.</summary>
    public static Result<DraftChange> Revise(
        Draft draft, Person actor, DraftContent content, SubmissionContext context, DateTimeOffset now) =>
        ReviseAs(draft, actor, actor, content, context, now, null);

    /// <summary>A revision whose text may come from someone else (an approver's suggested edit) but is submitted by the submitter.</summary>
    private static Result<DraftChange> ReviseAs(
        Draft draft, Person actor, Person author, DraftContent content, SubmissionContext context, DateTimeOffset now, string? details)
    {
        if (actor.Id != draft.Submitter.Id)
            return Result<DraftChange>.Refused(RefusalCode.NotTheSubmitter, $"Only {draft.Submitter.DisplayName}, who submitted draft {draft.Id}, can revise it.");
        if (DraftTransitions.Check(draft.State, DraftState.Revised) is { } refusal) return refusal;
        // New words in the company's name: whoever lost the right to speak since submitting may not add them.
        var permission = SpeakingRights.MaySubmit(actor.Id, context.Account, context.Grants, now);
        if (!permission.Allowed) return Result<DraftChange>.Refused(RefusalCode.NotASpokesperson, permission.Reason);
        if (ValidateContent(content, now) is { } invalid) return invalid;
        var report = Preview(content, context, now);
        if (report.Blocks) return BlockedByPolicy(report);

        var number = draft.CurrentRevision.Number + 1;
        var revision = new DraftRevision(number, content, author, now, report.Findings);
        var route = WithExtraGroupsFrom(draft.Route, draft.StepIndex, ExtraGroups(report, context.Groups));
        var restartAt = route.RestartFromFirstStep ? 0 : draft.StepIndex;
        var revised = draft with { State = DraftState.Revised, Revisions = [.. draft.Revisions, revision], Route = route, StepIndex = restartAt, UpdatedAt = now, StepStartedAt = now };
        if (UnstaffedStage(revised, context.Groups, restartAt) is { } unstaffed) return unstaffed;
        var inReview = Pending(revised with { State = DraftState.InReview }, context.Groups, now);
        return Result<DraftChange>.Success(new DraftChange(draft, inReview, null,
            [
                new AuditEvent(draft.Id, AuditActions.DraftRevised, actor, now, number, draft.State.ToString(), nameof(DraftState.Revised), details),
                StepAudit(inReview, actor, now, DraftState.Revised),
            ],
            [
                new DraftEvent(DraftEventKind.Revised, draft.Id, number, actor),
                new DraftEvent(DraftEventKind.StepStarted, draft.Id, number, actor, inReview.StepIndex),
            ]));
    }

    private static Draft AfterStageApproved(
        Draft draft, StageDefinition stage, Person actor, DateTimeOffset now, IReadOnlyDictionary<string, ApproverGroup> groups,
        List<AuditEvent> audit, List<DraftEvent> events)
    {
        var revision = draft.CurrentRevision.Number;
        events.Add(new DraftEvent(DraftEventKind.StageCompleted, draft.Id, revision, actor, draft.StepIndex, stage.Name));
        var stepDone = draft.CurrentStep.Stages.All(s => StageEvaluator.Progress(draft, draft.StepIndex, s, groups).Outcome == StageOutcome.Approved);
        if (!stepDone) return draft;
        if (draft.StepIndex + 1 < draft.Route.Steps.Count)
        {
            var next = draft with { StepIndex = draft.StepIndex + 1, StepStartedAt = now };
            audit.Add(StepAudit(next, actor, now, DraftState.InReview));
            events.Add(new DraftEvent(DraftEventKind.StepStarted, draft.Id, revision, actor, next.StepIndex));
            return next;
        }
        return Finish(draft, DraftState.Approved, AuditActions.DraftApproved, DraftEventKind.Approved, actor, now, stage.Name, null, audit, events);
    }

    private static Draft Finish(
        Draft draft, DraftState state, string action, DraftEventKind kind, Person actor, DateTimeOffset now, string stageName, string? comment,
        List<AuditEvent> audit, List<DraftEvent> events)
    {
        var details = state == DraftState.Approved
            ? $"approved text sha256={ApprovedText.Sha256(draft.CurrentRevision.Content.Text)}"
            : $"stage={stageName}" + (comment is null ? "" : $"; comment={comment}");
        audit.Add(new AuditEvent(draft.Id, action, actor, now, draft.CurrentRevision.Number, nameof(DraftState.InReview), state.ToString(), details));
        events.Add(new DraftEvent(kind, draft.Id, draft.CurrentRevision.Number, actor, draft.StepIndex, stageName, comment));
        return draft with { State = state };
    }

    // A term naming a group nobody configured gets an empty stand-in, so the draft is refused as unstaffed instead of skipping that review.
    private static IEnumerable<ApproverGroup> ExtraGroups(PolicyReport report, IReadOnlyDictionary<string, ApproverGroup> groups) =>
        report.ExtraApproverGroupIds.Select(id => groups.GetValueOrDefault(id) ?? new ApproverGroup(id, id, []));

    // Review restarts at the current step and earlier steps are not repeated, so a group a revision pulls in joins the current step.
    private static ApprovalRoute WithExtraGroupsFrom(ApprovalRoute route, int stepIndex, IEnumerable<ApproverGroup> groups)
    {
        var missing = groups.Where(g => route.AllStages.All(s => s.ApproverGroupId != g.Id));
        var rest = new ApprovalRoute(route.AccountId, route.Steps.Skip(stepIndex).ToList()).WithExtraGroups(missing);
        return route with { Steps = [.. route.Steps.Take(stepIndex), .. rest.Steps] };
    }

    private static Draft Pending(Draft draft, IReadOnlyDictionary<string, ApproverGroup> groups, DateTimeOffset now) =>
        draft with { PendingApprovers = StageEvaluator.PendingApprovers(draft, groups, now) };

    private static AuditEvent StepAudit(Draft draft, Person actor, DateTimeOffset now, DraftState before) =>
        new(draft.Id, AuditActions.StepStarted, actor, now, draft.CurrentRevision.Number, before.ToString(), nameof(DraftState.InReview),
            $"step={draft.StepIndex + 1}; stages={string.Join(",", draft.CurrentStep.Stages.Select(s => s.Name))}");

    private static Result<DraftChange>? ValidateContent(DraftContent content, DateTimeOffset now)
    {
        if (content.Schedule is { } schedule && schedule.Utc < now)
            return Result<DraftChange>.Refused(RefusalCode.InvalidInput,
                $"The scheduled time {schedule.Describe()} is in the past. Pick a time in the future.");
        return null;
    }

    private static Result<DraftChange> BlockedByPolicy(PolicyReport report) =>
        Result<DraftChange>.Refused(RefusalCode.BlockedByPolicy,
            "The draft cannot be submitted yet:\n" + string.Join("\n", report.Findings.Where(f => f.Blocks).Select(f => "- " + f.Message)));

    private static Result<DraftChange>? UnstaffedStage(Draft draft, IReadOnlyDictionary<string, ApproverGroup> groups, int fromStep = 0)
    {
        // A quorum that cannot be met would stall the draft forever: refuse now, and say who can fix it.
        var empty = draft.Route.Steps.Skip(fromStep).SelectMany(s => s.Stages)
            .FirstOrDefault(s => StageEvaluator.EligibleApprovers(draft, s, groups).Count < s.Quorum.MinimumApprovers);
        return empty is null ? null : Result<DraftChange>.Refused(RefusalCode.InvalidInput,
            $"Nobody can review the {empty.Name} stage of this account's route (the group '{empty.ApproverGroupId}' has fewer than {empty.Quorum.MinimumApprovers} members other than you). Ask an admin to add approvers.");
    }
}
