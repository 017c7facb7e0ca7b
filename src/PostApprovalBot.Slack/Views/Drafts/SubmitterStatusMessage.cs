using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.Views.Drafts;

/// <summary>Tells the submitter where their draft stands, stage by stage.</summary>
public static class SubmitterStatusMessage
{
    private const int FixedBlocks = 5; // header, facts, preview, divider, "…and N more"

    public static SlackMessage Build(SubmitterStatusModel model)
    {
        var blocks = new BlockList(BlockKitLimits.MessageBlocks);
        blocks.Add(new HeaderBlock($"Your {model.AccountName} post: {ViewText.Progress(model.Progress)}"));
        blocks.Add(new SectionBlock(null,
        [
            new MrkdwnText($"*Account*\n{SlackMrkdwn.Escape(model.AccountName)} ({SlackMrkdwn.Escape(model.Platform)})"),
            new MrkdwnText($"*Scheduled*\n{SlackMrkdwn.Escape(model.ScheduledTimeText)}"),
            new MrkdwnText($"*Draft*\n{SlackMrkdwn.Escape(model.DraftId)}, revision {model.Revision}"),
        ]));
        blocks.Add(new ContextBlock(new PlainText(ViewText.Preview(model.DraftText, 300))));
        blocks.Add(new DividerBlock());
        var room = BlockKitLimits.MessageBlocks - FixedBlocks;
        // One section per stage keeps each decision's comment whole; a route longer than the room is summarised.
        var shown = model.Stages.Count <= room + 1 ? model.Stages.Count : room;
        foreach (var stage in model.Stages.Take(shown))
        {
            blocks.Add(new SectionBlock(new MrkdwnText(Line(stage))));
        }
        if (shown < model.Stages.Count)
        {
            blocks.Add(new ContextBlock(new MrkdwnText($"…and {model.Stages.Count - shown} more stages.")));
        }
        return new SlackMessage($"Your {SlackMrkdwn.Escape(model.AccountName)} post: {ViewText.Progress(model.Progress)}", blocks.Blocks);
    }

    private static string Line(StageStatusLine stage)
    {
        var name = SlackMrkdwn.Escape(stage.StageName);
        if (stage.State is StageState.NotReached or StageState.InReview or StageState.Skipped || stage.DeciderName is null)
        {
            var state = stage.State switch
            {
                StageState.NotReached => ":white_circle: not reached yet",
                StageState.InReview => ":hourglass_flowing_sand: in review",
                StageState.Skipped => ":fast_forward: skipped",
                _ => ViewText.Verdict(ToVerdict(stage.State)),
            };
            return $"*{name}*: {state}";
        }
        return ViewText.Decision(new DecisionLine(stage.StageName, stage.DeciderName, ToVerdict(stage.State), stage.WhenText ?? "", stage.Comment));
    }

    private static ApprovalVerdict ToVerdict(StageState state) => state switch
    {
        StageState.Approved => ApprovalVerdict.Approve,
        StageState.Rejected => ApprovalVerdict.Reject,
        _ => ApprovalVerdict.RequestChanges,
    };
}
