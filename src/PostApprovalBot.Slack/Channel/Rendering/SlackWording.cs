using System.Globalization;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Slack.Views;
using CoreVerdict = PostApprovalBot.Core.Drafts.Verdict;

namespace PostApprovalBot.Slack.Channel.Rendering;

/// <summary>Small wording rules shared by every Slack view of a draft.</summary>
internal static class SlackWording
{
    /// <summary>After a failure whose effect is unknown (a storage error or timeout mid-change): never "it failed".</summary>
    public const string Unconfirmed = "Something failed on my side before I could confirm the result, so I cannot tell whether it was recorded. "
        + "Check with `/post my drafts` (or `/post status <draft id>`) before trying again.";

    public static string When(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Schedule(DraftContent content) => content.Schedule?.Describe() ?? "not scheduled";

    public static string Platform(DraftOverview overview) => overview.Account.Platform.ToString();

    /// <summary>The first line of the first card to a person who never used the bot.</summary>
    public static string Introduction(Core.Chat.ReviewIntroduction introduction) =>
        $"{introduction.RequestedBy.DisplayName} asked for this review. You receive it because you are an approver of the {introduction.StageName} stage "
        + $"for {introduction.AccountName} in Post Approval, which found you by your work e-mail.";

    public static ApprovalVerdict Verdict(CoreVerdict verdict) => verdict switch
    {
        CoreVerdict.Approve => ApprovalVerdict.Approve,
        CoreVerdict.Reject => ApprovalVerdict.Reject,
        _ => ApprovalVerdict.RequestChanges,
    };

    public static DraftProgress Progress(DraftState state) => state switch
    {
        DraftState.ChangesRequested => DraftProgress.ChangesRequested,
        DraftState.Approved => DraftProgress.Approved,
        DraftState.Rejected => DraftProgress.Rejected,
        DraftState.Withdrawn => DraftProgress.Withdrawn,
        DraftState.Expired => DraftProgress.Expired,
        _ => DraftProgress.InReview,
    };

    /// <summary>The stages of the current step still waiting for decisions, e.g. "Legal, Brand".</summary>
    public static string? WaitingStages(DraftOverview overview)
    {
        var waiting = overview.Stages
            .Where(s => s.StepIndex == overview.Draft.StepIndex && s.Outcome == StageOutcome.Waiting)
            .Select(s => s.Stage.Name)
            .ToList();
        return overview.Draft.State == DraftState.InReview && waiting.Count > 0 ? string.Join(", ", waiting) : null;
    }

    /// <summary>Where a draft stands in a few words, for lists.</summary>
    public static string Standing(DraftOverview overview) => WaitingStages(overview) is { } stages
        ? $"in review at {stages}"
        : DraftTransitions.Describe(overview.Draft.State);

    /// <summary>The decision that settled a stage, or its latest decision in any revision (a step passed before a revision).</summary>
    public static StageDecision? SettlingDecision(DraftOverview overview, StageProgress? stage, string stageName) =>
        Override(overview.Draft)
        ?? stage?.DecidingDecision
        ?? overview.Draft.Decisions.LastOrDefault(d => string.Equals(d.StageName, stageName, StringComparison.OrdinalIgnoreCase)
            && (stage is null || stage.Outcome != StageOutcome.Waiting || d.Revision == overview.Draft.CurrentRevision.Number));

    /// <summary>
    /// Who decided: "Noah on behalf of Lena" for a delegate, "override (Ada Admin, reason)" for an administrator's override,
    /// so that "approved by …" reads right in every case.
    /// </summary>
    public static string Decider(StageDecision decision)
    {
        if (DraftWorkflow.IsOverride(decision))
        {
            return $"override ({decision.Approver.DisplayName}, {decision.Comment})";
        }
        return decision.OnBehalfOf is { } member
            ? $"{decision.Approver.DisplayName} on behalf of {member.DisplayName}"
            : decision.Approver.DisplayName;
    }

    /// <summary>The administrator's override that ended the draft's review, if one did.</summary>
    public static StageDecision? Override(Draft draft) =>
        draft.Decisions.LastOrDefault() is { } last && DraftWorkflow.IsOverride(last) ? last : null;

    // An override's reason is already in "by override (admin, reason)".
    public static DecisionLine Line(StageDecision decision, int currentRevision) => new(
        decision.Revision == currentRevision ? decision.StageName : $"{decision.StageName} (revision {decision.Revision})",
        Decider(decision),
        Verdict(decision.Verdict),
        When(decision.At),
        DraftWorkflow.IsOverride(decision) ? null : decision.Comment);
}
