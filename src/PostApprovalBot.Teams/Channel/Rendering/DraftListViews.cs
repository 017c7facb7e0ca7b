using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Teams.Cards.Views;

namespace PostApprovalBot.Teams.Channel.Rendering;

/// <summary>The lists people ask for: their own drafts, and the drafts waiting for their decision.</summary>
internal static class DraftListViews
{
    public static DraftListView Mine(IReadOnlyList<DraftOverview> drafts) =>
        new("My drafts", drafts.Select(MineRow).ToList()) { EmptyText = "You have no drafts yet. Type 'new' to write one." };

    public static DraftListView Waiting(IReadOnlyList<DraftOverview> drafts, PersonId viewer) =>
        new("Waiting for your review", drafts.Select(d => WaitingRow(d, viewer)).ToList()) { EmptyText = "Nothing is waiting for your review." };

    private static DraftListRow MineRow(DraftOverview overview)
    {
        var draft = overview.Draft;
        var (state, tone) = draft.State switch
        {
            DraftState.InReview => ("In review: " + string.Join(", ", Waiting(overview).Select(s => s.Stage.Name)), CardTone.Information),
            DraftState.Approved => ("Approved", CardTone.Good),
            DraftState.Rejected => ("Rejected", CardTone.Attention),
            DraftState.ChangesRequested => ("Changes requested: type 'revise " + draft.Id + "'", CardTone.Warning),
            _ => (Capitalised(DraftTransitions.Describe(draft.State)), CardTone.Neutral),
        };
        return new DraftListRow(draft.Id, Wording.Account(overview.Account), state, tone)
        {
            Detail = $"Revision {Wording.Number(draft.CurrentRevision.Number)}, submitted {Wording.When(draft.SubmittedAt)}",
        };
    }

    private static DraftListRow WaitingRow(DraftOverview overview, PersonId viewer)
    {
        var mine = Waiting(overview).Where(s => DraftAccess.IsMemberOf(overview, viewer, s.Stage.Name)).Select(s => s.Stage.Name).ToList();
        var state = mine.Count == 0 ? "In review" : string.Join(", ", mine) + " review, your turn";
        return new DraftListRow(overview.Draft.Id, Wording.Account(overview.Account), state, CardTone.Information)
        {
            Detail = $"Submitted by {overview.Draft.Submitter.DisplayName}, {Wording.When(overview.Draft.SubmittedAt)}",
        };
    }

    private static IEnumerable<StageProgress> Waiting(DraftOverview overview) =>
        overview.Stages.Where(s => s.StepIndex == overview.Draft.StepIndex && s.Outcome == StageOutcome.Waiting);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
