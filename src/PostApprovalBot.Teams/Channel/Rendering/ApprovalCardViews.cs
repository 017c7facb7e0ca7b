using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Teams.Cards.Views;
using CoreVerdict = PostApprovalBot.Core.Drafts.Verdict;
using FindingSeverity = PostApprovalBot.Teams.Cards.Views.FindingSeverity;

namespace PostApprovalBot.Teams.Channel.Rendering;

/// <summary>Turns the core's <see cref="ReviewerView"/> into what one approver's card shows.</summary>
internal static class ApprovalCardViews
{
    public static ApprovalCardView From(ReviewerView view, PersonId viewer, IReadOnlyList<string> refreshUserIds, string? refusal)
    {
        var overview = view.Overview;
        var draft = overview.Draft;
        var revision = draft.CurrentRevision;
        var stage = overview.Stages.FirstOrDefault(s => s.StepIndex == draft.StepIndex && s.Stage.Name == view.StageName)
            ?? overview.Stages.LastOrDefault(s => string.Equals(s.Stage.Name, view.StageName, StringComparison.OrdinalIgnoreCase));
        var stageName = stage?.Stage.Name ?? view.StageName;
        var outcome = view.CanAct ? null : Outcome(draft, stage);
        return new ApprovalCardView(
            draft.Id, revision.Number, stageName, stageName, overview.Account.DisplayName, overview.Account.Platform.ToString(),
            draft.Submitter.DisplayName, Wording.Schedule(revision.Content), revision.Content.Text)
        {
            Findings = revision.Findings.Select(f => new PolicyFindingView(f.Blocks ? FindingSeverity.Blocking : FindingSeverity.Warning, f.Message)).ToList(),
            Links = revision.Content.Links,
            SourcesAndNotes = revision.Content.Sources,
            EarlierDecisions = draft.Decisions.Where(d => d != outcome).OrderBy(d => d.At).Select(d => Decision(d, draft, stageName)).ToList(),
            Changes = draft.Revisions.Count > 1 ? RevisionChanges.Between(draft.Revisions[^2].Content.Text, revision.Content.Text) : [],
            SuggestedTextPrefill = view.CanAct && revision.Content.Text.Length <= ApprovalCard.SuggestionMaxLength ? revision.Content.Text : null,
            ViewerMayAct = view.CanAct,
            Outcome = outcome is null ? null : Decision(outcome, draft, stageName),
            Headline = view.CanAct || outcome is not null ? null : Headline(overview, stage, stageName, viewer),
            RefreshUserIds = refreshUserIds,
            Refusal = refusal,
            Introduction = view.Introduction is { } introduction ? Wording.Introduction(introduction) : null,
        };
    }

    public static Cards.Views.Verdict Map(CoreVerdict verdict) => verdict switch
    {
        CoreVerdict.Approve => Cards.Views.Verdict.Approved,
        CoreVerdict.Reject => Cards.Views.Verdict.Rejected,
        _ => Cards.Views.Verdict.ChangesRequested,
    };

    /// <summary>The decision that settled this stage, or, when another stage ended the draft, the decision that did.</summary>
    private static StageDecision? Outcome(Draft draft, StageProgress? stage)
    {
        // An administrator's override ends the review for every stage at once.
        if (Wording.Override(draft) is { } overridden)
        {
            return overridden;
        }

        if (stage?.DecidingDecision is { } deciding)
        {
            return deciding;
        }

        if (stage?.Outcome == StageOutcome.Approved)
        {
            // Passed with an earlier revision: review restarted at a later step.
            return draft.Decisions.LastOrDefault(d => d.StageName == stage.Stage.Name && d.Verdict == CoreVerdict.Approve);
        }

        return draft.State is DraftState.Rejected or DraftState.ChangesRequested
            ? draft.Decisions.LastOrDefault(d => d.Revision == draft.CurrentRevision.Number && d.Verdict != CoreVerdict.Approve)
            : null;
    }

    private static NoticeView? Headline(DraftOverview overview, StageProgress? stage, string stageName, PersonId viewer)
    {
        var draft = overview.Draft;
        if (draft.State is DraftState.Withdrawn or DraftState.Expired)
        {
            var what = draft.State == DraftState.Withdrawn
                ? $"{draft.Submitter.DisplayName} withdrew this draft"
                : $"This draft expired: its publication time, {Wording.Schedule(draft.CurrentRevision.Content)}, passed before every stage decided";
            return new NoticeView(draft.State == DraftState.Withdrawn ? "Withdrawn" : "Expired", $"{what}; no decision is needed any more.", CardTone.Neutral);
        }

        if (draft.Submitter.Id == viewer)
        {
            return new NoticeView("Your own draft", "You submitted this draft, so other members of the group review it.", CardTone.Neutral);
        }

        if (stage?.Decisions.FirstOrDefault(d => d.Approver.Id == viewer) is { } mine)
        {
            return new NoticeView($"You {Wording.Verdict(mine.Verdict)} revision {Wording.Number(mine.Revision)}",
                $"The {stageName} stage is waiting for its other approvers.", CardTone.Good);
        }

        if (stage?.Outcome == StageOutcome.NotStarted)
        {
            return new NoticeView("Not your turn yet", $"The {stageName} review starts when the earlier stages approve.", CardTone.Neutral);
        }

        return DraftAccess.IsMemberOf(overview, viewer, stageName)
            ? null
            : new NoticeView($"Waiting for {stageName} review", $"You are not an approver of the {stageName} stage.", CardTone.Neutral);
    }

    private static DecisionView Decision(StageDecision decision, Draft draft, string cardStage)
    {
        if (DraftWorkflow.IsOverride(decision))
        {
            // The reason is part of "by override (admin, reason)"; repeating it as a comment would say it twice.
            return new DecisionView(Wording.Decider(decision), Map(decision.Verdict), Wording.When(decision.At));
        }

        var when = Wording.When(decision.At);
        if (!string.Equals(decision.StageName, cardStage, StringComparison.Ordinal))
        {
            when = $"{decision.StageName} stage, {when}";
        }

        if (decision.Revision != draft.CurrentRevision.Number)
        {
            when += $", revision {Wording.Number(decision.Revision)}";
        }

        return new DecisionView(Wording.Decider(decision), Map(decision.Verdict), when, decision.Comment, decision.StageName);
    }
}
