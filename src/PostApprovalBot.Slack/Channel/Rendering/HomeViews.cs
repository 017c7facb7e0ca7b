using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Slack.Views.Home;
using PostApprovalBot.Slack.Views.Replies;

namespace PostApprovalBot.Slack.Channel.Rendering;

/// <summary>Lines for the App Home and the chat lists, from the core's draft overviews.</summary>
internal static class HomeViews
{
    public static AppHomeModel Home(IReadOnlyList<DraftOverview> mine, IReadOnlyList<DraftOverview> waiting, PersonId viewer) =>
        new(mine.Select(MyDraft).ToList(), waiting.SelectMany(o => WaitingStages(o, viewer)).ToList());

    public static MyDraftLine MyDraft(DraftOverview overview)
    {
        var draft = overview.Draft;
        return new MyDraftLine(
            draft.Id,
            draft.CurrentRevision.Number,
            overview.Account.DisplayName,
            SlackWording.Platform(overview),
            draft.CurrentRevision.Content.Text,
            SlackWording.Progress(draft.State),
            SlackWording.WaitingStages(overview),
            SlackWording.Schedule(draft.CurrentRevision.Content));
    }

    /// <summary>Each stage of the current step that waits for this viewer's decision.</summary>
    public static IEnumerable<WaitingApprovalLine> WaitingStages(DraftOverview overview, PersonId viewer)
    {
        var draft = overview.Draft;
        return StagesFor(overview, viewer).Select(stage => new WaitingApprovalLine(
            draft.Id,
            draft.CurrentRevision.Number,
            stage.Stage.Name,
            stage.Stage.Name,
            overview.Account.DisplayName,
            SlackWording.Platform(overview),
            draft.Submitter.DisplayName,
            draft.CurrentRevision.Content.Text,
            SlackWording.Schedule(draft.CurrentRevision.Content)));
    }

    public static DraftListLine Listed(DraftOverview overview, string standing) => new(
        overview.Draft.Id,
        overview.Account.DisplayName,
        SlackWording.Platform(overview),
        standing,
        SlackWording.Schedule(overview.Draft.CurrentRevision.Content),
        overview.Draft.CurrentRevision.Content.Text);

    public static IEnumerable<StageProgress> StagesFor(DraftOverview overview, PersonId viewer) =>
        overview.Stages.Where(stage =>
            stage.StepIndex == overview.Draft.StepIndex
            && stage.Outcome == StageOutcome.Waiting
            && overview.Draft.PendingApprovers.Contains(viewer)
            && stage.Decisions.All(d => d.Approver.Id != viewer)
            && overview.StageMembers.TryGetValue(stage.Stage.Name, out var members)
            && members.Any(m => m.Id == viewer));
}
