using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Web.Pages.Drafts;

/// <summary>What the draft pages say about a draft at a glance: its state in words, who it waits for, and its SLA clock.</summary>
public static class DraftFacts
{
    public static string State(DraftState state) => state switch
    {
        DraftState.InReview => "In review",
        DraftState.ChangesRequested => "Changes requested",
        _ => state.ToString(),
    };

    public static string Outcome(StageOutcome outcome) => outcome switch
    {
        StageOutcome.NotStarted => "Not started",
        StageOutcome.ChangesRequested => "Changes requested",
        _ => outcome.ToString(),
    };

    /// <summary>The current step's stages still waiting, each with the people who may decide it.</summary>
    public static IEnumerable<(StageProgress Stage, IReadOnlyList<Person> Members)> Waiting(DraftOverview overview) =>
        overview.Draft.IsFinal || overview.Draft.State == DraftState.ChangesRequested
            ? []
            : overview.Stages.Where(s => s.StepIndex == overview.Draft.StepIndex && s.Outcome == StageOutcome.Waiting)
                .Select(s => (s, overview.StageMembers.TryGetValue(s.Stage.Name, out var m) ? m : (IReadOnlyList<Person>)[]));

    /// <summary>The stages of the current step that wait for this person's decision (usually one).</summary>
    public static IReadOnlyList<StageProgress> WaitingFor(DraftOverview overview, PersonId person) =>
        Waiting(overview).Where(w => w.Members.Any(m => m.Id == person)).Select(w => w.Stage).ToList();

    /// <summary>When the earliest waiting stage's SLA runs out, counted from when its step's reviewers were asked.</summary>
    public static DateTimeOffset? DueAt(DraftOverview overview) =>
        Waiting(overview).Select(w => (DateTimeOffset?)overview.Draft.ReviewStartedAt.AddHours(w.Stage.Stage.SlaHours)).Min();

    public static string WaitingOn(DraftOverview overview) =>
        string.Join("; ", Waiting(overview).Select(w => $"{w.Stage.Stage.Name} ({string.Join(", ", w.Members.Select(m => m.DisplayName))})"));

    public static string Verb(Verdict verdict) => verdict switch
    {
        Verdict.Approve => "Approved",
        Verdict.Reject => "Rejected",
        _ => "Changes requested",
    };
}
