using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Views.Approval;

namespace PostApprovalBot.Slack.Views.Home;

/// <summary>
/// The App Home tab: a "New draft" button, "Waiting for me" (each with a Review button whose value is an
/// <see cref="ApprovalButtonValue"/>) and "My drafts". Long lists end with "…and N more".
/// </summary>
public static class AppHome
{
    public const string NewDraftActionId = "home_new_draft";
    public const string ReviewActionId = "home_review";

    // 100 blocks: 6 fixed (header, new-draft button, two section headers, two "more"/empty lines) + 2 × 47 lines.
    private const int LinesPerList = (BlockKitLimits.SurfaceBlocks - 6) / 2;

    public static HomeView Build(AppHomeModel model)
    {
        var blocks = new BlockList(BlockKitLimits.SurfaceBlocks);
        blocks.Add(new HeaderBlock("Post approvals"));
        blocks.Add(new ActionsBlock([new ButtonElement("New draft", NewDraftActionId, style: ButtonStyle.Primary)]));
        blocks.Add(new HeaderBlock($"Waiting for me ({model.WaitingForMe.Count})"));
        blocks.AddRange(model.WaitingForMe.Take(LinesPerList).Select(Waiting));
        blocks.Add(Tail(model.WaitingForMe.Count, "Nothing is waiting for your decision."));
        blocks.Add(new HeaderBlock($"My drafts ({model.MyDrafts.Count})"));
        blocks.AddRange(model.MyDrafts.Take(LinesPerList).Select(Mine));
        blocks.Add(Tail(model.MyDrafts.Count, "You have no drafts. Use New draft to write one."));
        return new HomeView(blocks.Blocks);
    }

    private static SectionBlock Waiting(WaitingApprovalLine line)
    {
        var text = $"*{SlackMrkdwn.Escape(line.AccountName)}* ({SlackMrkdwn.Escape(line.Platform)}), stage {SlackMrkdwn.Escape(line.StageName)}\n"
            + $"by {SlackMrkdwn.Escape(line.SubmitterName)}, scheduled {SlackMrkdwn.Escape(line.ScheduledTimeText)}\n"
            + $"_{SlackMrkdwn.Escape(ViewText.Preview(line.DraftText, 200))}_";
        var review = new ButtonElement("Review", ReviewActionId, new ApprovalButtonValue(line.DraftId, line.Revision, line.StageId).Encode());
        return new SectionBlock(new MrkdwnText(text), accessory: review);
    }

    private static SectionBlock Mine(MyDraftLine line)
    {
        var progress = line is { Progress: DraftProgress.InReview, CurrentStageName: { } stage }
            ? $"in review at {SlackMrkdwn.Escape(stage)}"
            : ViewText.Progress(line.Progress);
        var text = $"*{SlackMrkdwn.Escape(line.AccountName)}* ({SlackMrkdwn.Escape(line.Platform)}): {progress}, scheduled {SlackMrkdwn.Escape(line.ScheduledTimeText)}\n"
            + $"_{SlackMrkdwn.Escape(ViewText.Preview(line.DraftText, 200))}_";
        return new SectionBlock(new MrkdwnText(text));
    }

    private static ContextBlock Tail(int count, string whenEmpty) => new(new MrkdwnText(
        count == 0 ? whenEmpty : count > LinesPerList ? $"…and {count - LinesPerList} more." : $"{count} in all."));
}
