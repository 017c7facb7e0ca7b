using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Teams.Channel.Rendering;

/// <summary>Who may see a draft in Teams: its submitter and the members of its stages. Anyone else is told nothing about its content.</summary>
internal static class DraftAccess
{
    public static bool IsSubmitter(DraftOverview overview, PersonId person) => overview.Draft.Submitter.Id == person;

    public static bool IsReviewer(DraftOverview overview, PersonId person) =>
        overview.StageMembers.Values.Any(members => members.Any(m => m.Id == person));

    public static bool MayView(DraftOverview overview, PersonId person) => IsSubmitter(overview, person) || IsReviewer(overview, person);

    public static bool IsMemberOf(DraftOverview overview, PersonId person, string stageName) =>
        overview.StageMembers.Any(s => string.Equals(s.Key, stageName, StringComparison.OrdinalIgnoreCase) && s.Value.Any(m => m.Id == person));

    /// <summary>The stage a person's approval card is about: their waiting stage now, else their latest one, else the named or first stage.</summary>
    public static string StageFor(DraftOverview overview, PersonId person, string? named = null)
    {
        if (named is not null && overview.Draft.FindStage(named) is { } found && IsMemberOf(overview, person, found.Stage.Name))
        {
            return found.Stage.Name;
        }

        var mine = overview.Stages.Where(s => IsMemberOf(overview, person, s.Stage.Name)).ToList();
        var stage = mine.FirstOrDefault(s => s.StepIndex == overview.Draft.StepIndex && s.Outcome == StageOutcome.Waiting)
            ?? mine.LastOrDefault(s => s.StepIndex <= overview.Draft.StepIndex)
            ?? mine.FirstOrDefault();
        return stage?.Stage.Name ?? (named is not null ? overview.Draft.FindStage(named)?.Stage.Name : null) ?? overview.Stages[0].Stage.Name;
    }
}
