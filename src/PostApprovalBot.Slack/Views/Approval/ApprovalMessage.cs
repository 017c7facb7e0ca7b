using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.Views.Approval;

/// <summary>The message an approver gets for one stage, and the action ids of its buttons.</summary>
public static class ApprovalMessage
{
    public const string ApproveActionId = "approval_approve";
    public const string RejectActionId = "approval_reject";
    public const string RequestChangesActionId = "approval_request_changes";
    public const string ActionsBlockId = "approval_actions";

    // The whole draft must be visible to the person approving it: up to 10 sections (30,000 characters).
    private const int DraftTextBlocks = 10;
    private const int FixedBlocks = 8; // introduction, header, facts, hidden-text note, links, divider, buttons or outcome, closing note

    // The changes since the previous revision: up to three sections and the legend.
    private const int ChangeBlocks = 4;

    public static SlackMessage Build(ApprovalRequestModel model)
    {
        var blocks = new BlockList(BlockKitLimits.MessageBlocks);
        var decided = model.Outcome is not null || model.ClosingNote is not null;
        if (model.Introduction is { } introduction)
        {
            blocks.Add(new ContextBlock(new MrkdwnText(SlackMrkdwn.Escape(introduction))));
        }
        blocks.Add(new HeaderBlock(decided ? $"Decided: {model.StageName}" : $"Approval needed: {model.StageName}"));
        blocks.Add(new SectionBlock(null, Facts(model)));
        IReadOnlyList<Block> changes = model.Changes.Count == 0 ? [] : ChangeMarkup.Sections($"What changed since revision {model.Revision - 1}", model.Changes, ChangeBlocks);
        blocks.AddRange(changes);
        var text = ViewText.PlainTextSections(model.DraftText.Length > 0 ? model.DraftText : "(empty draft)", DraftTextBlocks, out var hidden);
        blocks.AddRange(text);
        if (hidden > 0)
        {
            blocks.Add(new ContextBlock(new MrkdwnText($":warning: {hidden} more characters are not shown: open the draft before deciding.")));
        }
        if (model.Links.Count > 0)
        {
            blocks.Add(new SectionBlock(new PlainText("Links:\n" + string.Join('\n', model.Links))));
        }
        var listBudget = BlockKitLimits.MessageBlocks - FixedBlocks - text.Count - changes.Count;
        var findingsBudget = model.Findings.Count == 0 ? 0 : Math.Max(2, listBudget / 3);
        if (findingsBudget > 0)
        {
            blocks.AddRange(ViewText.PackLines("Policy findings", model.Findings.Select(Finding).ToList(), findingsBudget));
        }
        if (model.EarlierDecisions.Count > 0)
        {
            blocks.AddRange(ViewText.PackLines("Earlier decisions", model.EarlierDecisions.Select(ViewText.Decision).ToList(), listBudget - findingsBudget));
        }
        blocks.Add(new DividerBlock());
        if (!decided)
        {
            blocks.Add(Buttons(model));
        }
        if (model.Outcome is { } outcome)
        {
            blocks.Add(new SectionBlock(new MrkdwnText(ViewText.Decision(outcome))));
        }
        if (model.ClosingNote is { } note)
        {
            blocks.Add(new SectionBlock(MrkdwnText.FromUserText(note)));
        }
        var fallback = $"{(decided ? "Decided" : "Approval needed")}: {SlackMrkdwn.Escape(model.AccountName)} post by {SlackMrkdwn.Escape(model.SubmitterName)} ({SlackMrkdwn.Escape(model.StageName)})";
        return new SlackMessage(fallback, blocks.Blocks);
    }

    /// <summary>Maps one of this message's button action ids back to the verdict it stands for.</summary>
    public static bool TryGetVerdict(string actionId, out ApprovalVerdict verdict)
    {
        (var known, verdict) = actionId switch
        {
            ApproveActionId => (true, ApprovalVerdict.Approve),
            RejectActionId => (true, ApprovalVerdict.Reject),
            RequestChangesActionId => (true, ApprovalVerdict.RequestChanges),
            _ => (false, default),
        };
        return known;
    }

    private static IEnumerable<TextObject> Facts(ApprovalRequestModel model) =>
    [
        new MrkdwnText($"*Account*\n{SlackMrkdwn.Escape(model.AccountName)} ({SlackMrkdwn.Escape(model.Platform)})"),
        new MrkdwnText($"*Submitted by*\n{SlackMrkdwn.Escape(model.SubmitterName)}"),
        new MrkdwnText($"*Scheduled*\n{SlackMrkdwn.Escape(model.ScheduledTimeText)}"),
        new MrkdwnText($"*Draft*\n{SlackMrkdwn.Escape(model.DraftId)}, revision {model.Revision}"),
        new MrkdwnText($"*Stage*\n{SlackMrkdwn.Escape(model.StageName)}"),
    ];

    private static string Finding(PolicyFindingLine finding)
    {
        var icon = finding.Severity switch
        {
            FindingSeverity.Blocking => ":no_entry:",
            FindingSeverity.Warning => ":warning:",
            _ => ":information_source:",
        };
        return $"{icon} {SlackMrkdwn.Escape(finding.Message)}";
    }

    private static ActionsBlock Buttons(ApprovalRequestModel model)
    {
        var value = new ApprovalButtonValue(model.DraftId, model.Revision, model.StageId).Encode();
        return new ActionsBlock(
        [
            new ButtonElement("Approve", ApproveActionId, value, ButtonStyle.Primary),
            new ButtonElement("Reject", RejectActionId, value, ButtonStyle.Danger),
            new ButtonElement("Request changes", RequestChangesActionId, value),
        ], ActionsBlockId);
    }
}
