using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Core.Drafts;

/// <summary>Every reason a decision may not be taken, each with a message that tells the person what happened.</summary>
public static class DecisionGuard
{
    public static Refusal? Check(
        Draft draft, Person actor, string stageName, int revision, Verdict verdict, string? comment,
        IReadOnlyDictionary<string, ApproverGroup> groups, DateTimeOffset at)
    {
        if (draft.State != DraftState.InReview)
            return new Refusal(draft.IsFinal ? RefusalCode.AlreadyDecided : RefusalCode.InvalidTransition,
                draft.IsFinal && draft.State != DraftState.Withdrawn
                    ? $"Draft {draft.Id} was already decided: it is {DraftTransitions.Describe(draft.State)}{LastWord(draft)} and takes no more decisions."
                    : $"Draft {draft.Id} is {DraftTransitions.Describe(draft.State)}{LastWord(draft)}; it takes no more decisions.");
        if (revision != draft.CurrentRevision.Number)
            return new Refusal(RefusalCode.StaleRevision,
                $"You are looking at revision {revision} of draft {draft.Id}, but it is now at revision {draft.CurrentRevision.Number}. Review the newest revision instead.");
        if (draft.FindStage(stageName) is not { } found)
            return new Refusal(RefusalCode.NotFound, $"Draft {draft.Id} has no stage called '{stageName}'.");
        var (stepIndex, stage) = found;
        if (actor.Id == draft.Submitter.Id)
            return new Refusal(RefusalCode.OwnDraft, "You submitted this draft, so you cannot review it. Another member of the group will.");
        if (!groups.TryGetValue(stage.ApproverGroupId, out var group) || group.PrincipalFor(actor.Id, at) is not { } principal)
            return new Refusal(RefusalCode.NotAnApprover,
                $"You are not an approver of the {stage.Name} stage (group '{stage.ApproverGroupId}'), nor anyone's delegate there. Your decision was not recorded.");
        if (principal.Id == draft.Submitter.Id)
            return new Refusal(RefusalCode.OwnDraft, $"{principal.DisplayName} submitted this draft, so nobody can review it in their name.");
        var progress = StageEvaluator.Progress(draft, stepIndex, stage, groups);
        if (progress.Outcome == StageOutcome.NotStarted)
            return new Refusal(RefusalCode.InvalidTransition, $"The {stage.Name} stage has not started yet; it comes after the current step.");
        if (progress.DecidingDecision is { } settled)
            return new Refusal(RefusalCode.AlreadyDecided,
                $"The {stage.Name} stage was already decided: {Describe(settled.Verdict)} by {settled.Approver.DisplayName} at {settled.At:yyyy-MM-dd HH:mm} UTC.");
        if (progress.Outcome != StageOutcome.Waiting)
            return new Refusal(RefusalCode.AlreadyDecided, $"The {stage.Name} stage was already decided.");
        if (progress.Decisions.Any(d => d.Principal.Id == principal.Id))
            return new Refusal(RefusalCode.AlreadyVoted, principal.Id == actor.Id
                ? $"You already approved the {stage.Name} stage of this revision; it is waiting for other approvers."
                : $"{principal.DisplayName}'s vote on the {stage.Name} stage of this revision was already cast.");
        if (verdict != Verdict.Approve && string.IsNullOrWhiteSpace(comment))
            return new Refusal(RefusalCode.InvalidInput,
                verdict == Verdict.Reject ? "Say why you reject the draft: a comment is required." : "Say what should change: a comment is required.");
        return null;
    }

    public static string Describe(Verdict verdict) => verdict switch
    {
        Verdict.Approve => "approved",
        Verdict.Reject => "rejected",
        _ => "changes requested",
    };

    private static string LastWord(Draft draft)
    {
        var last = draft.Decisions.LastOrDefault();
        return last is null || draft.State is DraftState.Withdrawn ? "" : $" ({Describe(last.Verdict)} by {last.Approver.DisplayName} at {last.At:yyyy-MM-dd HH:mm} UTC)";
    }
}
