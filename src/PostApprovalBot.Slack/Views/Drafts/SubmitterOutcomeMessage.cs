using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.Views.Drafts;

/// <summary>
/// Tells the submitter how their draft ended (or that approvers cannot be reached): the approved text with its
/// SHA-256, the rejection reason, or the requested changes with a Revise button.
/// </summary>
public static class SubmitterOutcomeMessage
{
    /// <summary>The Revise button's action id; its value is the draft id, which grants nothing by itself.</summary>
    public const string ReviseActionId = "draft_revise";

    /// <summary>Accept suggestion: the approver's suggested text becomes the next revision. Its value is the draft id.</summary>
    public const string AcceptSuggestionActionId = "draft_accept_suggestion";

    /// <summary>Submit again, for an expired draft: the draft form prefilled with its text. Its value is the draft id.</summary>
    public const string ResubmitActionId = "draft_resubmit";

    private const int SuggestionDiffBlocks = 4;
    private const int SuggestedTextBlocks = 5;

    private const int ApprovedTextBlocks = 20;

    public static SlackMessage Build(SubmitterOutcomeModel model)
    {
        var blocks = new BlockList(BlockKitLimits.MessageBlocks);
        var title = Title(model);
        blocks.Add(new HeaderBlock(title));
        var draft = $"draft {SlackMrkdwn.Escape(model.DraftId)} (revision {model.Revision}) for {SlackMrkdwn.Escape(model.AccountName)} ({SlackMrkdwn.Escape(model.Platform)})";
        switch (model.Outcome)
        {
            case SubmitterOutcome.Approved:
                blocks.Add(new SectionBlock(new MrkdwnText(model.Overridden
                    ? $"{Who(model)}, an administrator, approved {draft} by override.{Quote(model.Comment)}\nPublish exactly this text:"
                    : $"Every review stage approved {draft}. Publish exactly this text:")));
                var text = ViewText.PlainTextSections(model.ApprovedText ?? "", ApprovedTextBlocks, out var hidden);
                blocks.AddRange(text);
                if (hidden > 0)
                {
                    blocks.Add(new ContextBlock(new MrkdwnText($":warning: {hidden} more characters are not shown here; the fingerprint covers the whole text.")));
                }
                blocks.Add(new SectionBlock(new MrkdwnText($"SHA-256 of the approved text: `{SlackMrkdwn.Escape(model.ApprovedTextSha256 ?? "")}`")));
                break;
            case SubmitterOutcome.Rejected:
                blocks.Add(new SectionBlock(new MrkdwnText(model.Overridden
                    ? $"{Who(model)}, an administrator, rejected {draft} by override.{Quote(model.Comment)}"
                    : $"{Who(model)} rejected {draft}.{Quote(model.Comment)}")));
                break;
            case SubmitterOutcome.ChangesRequested when model.SuggestedText is not null:
                blocks.Add(new SectionBlock(new MrkdwnText($"{Who(model)} asks for changes to {draft} and suggests a new text.{Quote(model.Comment)}")));
                blocks.AddRange(ChangeMarkup.Sections("Their suggestion, compared with your text", model.SuggestedChanges, SuggestionDiffBlocks));
                blocks.Add(new SectionBlock(new MrkdwnText("*The suggested text in full*")));
                blocks.AddRange(ViewText.PlainTextSections(model.SuggestedText, SuggestedTextBlocks, out _));
                blocks.Add(new ActionsBlock(
                [
                    new ButtonElement("Accept suggestion", AcceptSuggestionActionId, model.DraftId, ButtonStyle.Primary),
                    new ButtonElement("Revise draft", ReviseActionId, model.DraftId),
                ]));
                blocks.Add(new ContextBlock(new MrkdwnText("Accept suggestion sends it as your next revision; Revise draft lets you write your own.")));
                break;
            case SubmitterOutcome.ChangesRequested:
                var revise = new ButtonElement("Revise draft", ReviseActionId, model.DraftId, ButtonStyle.Primary);
                blocks.Add(new SectionBlock(new MrkdwnText($"{Who(model)} asks for changes to {draft}.{Quote(model.Comment)}"), accessory: revise));
                blocks.Add(new ContextBlock(new MrkdwnText($"Or type `/post revise {SlackMrkdwn.Escape(model.DraftId)}`.")));
                break;
            case SubmitterOutcome.Withdrawn:
                blocks.Add(new SectionBlock(new MrkdwnText($"{char.ToUpperInvariant(draft[0])}{draft[1..]} was withdrawn.")));
                break;
            case SubmitterOutcome.Expired:
                var when = model.ScheduleText is null ? "" : $", {SlackMrkdwn.Escape(model.ScheduleText)},";
                blocks.Add(new SectionBlock(new MrkdwnText(
                    $"{char.ToUpperInvariant(draft[0])}{draft[1..]} expired: its publication time{when} passed before every stage decided, so it will not be published. "
                    + "If it is still needed, submit it again with a new time."),
                    accessory: new ButtonElement("Submit again", ResubmitActionId, model.DraftId, ButtonStyle.Primary)));
                break;
        }
        if (model.UnreachableApprovers is { Count: > 0 } unreachable)
        {
            var names = string.Join(", ", unreachable.Select(SlackMrkdwn.Escape));
            blocks.Add(new SectionBlock(new MrkdwnText(
                $":warning: I cannot reach these approvers of {draft} in Slack or Teams: {names}. I did not find them by their work e-mail where I looked, and they have not opened a chat with me. "
                + "Ask them to open Post Approval once (its Home tab in Slack, or a chat in Teams) so I can send them your draft.")));
        }
        if (model.MissingPermissions is { Count: > 0 } channels)
        {
            blocks.Add(new SectionBlock(new MrkdwnText(
                $":warning: I may not reach people who never used me in {string.Join(" or ", channels.Select(SlackMrkdwn.Escape))}: a permission is missing there "
                + "(see docs/deployment.md, \"Reaching approvers\"). Ask an administrator to grant it; until then those approvers must open Post Approval once.")));
        }
        return new SlackMessage(SlackMrkdwn.Escape(title), blocks.Blocks);
    }

    private static string Title(SubmitterOutcomeModel model) => model.Outcome switch
    {
        SubmitterOutcome.Approved => $"Approved{(model.Overridden ? " by override" : "")}: your {model.AccountName} post",
        SubmitterOutcome.Rejected => $"Rejected{(model.Overridden ? " by override" : "")}: your {model.AccountName} post",
        SubmitterOutcome.ChangesRequested => $"Changes requested: your {model.AccountName} post",
        SubmitterOutcome.Withdrawn => $"Withdrawn: your {model.AccountName} post",
        SubmitterOutcome.Expired => $"Expired: your {model.AccountName} post",
        _ => $"Some approvers cannot be reached: your {model.AccountName} post",
    };

    private static string Who(SubmitterOutcomeModel model)
    {
        var who = string.IsNullOrWhiteSpace(model.DeciderName) ? "An approver" : $"*{SlackMrkdwn.Escape(model.DeciderName)}*";
        return string.IsNullOrWhiteSpace(model.StageName) ? who : $"{who} ({SlackMrkdwn.Escape(model.StageName)})";
    }

    private static string Quote(string? comment) =>
        string.IsNullOrWhiteSpace(comment) ? "" : "\n>" + SlackMrkdwn.Escape(comment.Trim()).Replace("\n", "\n>", StringComparison.Ordinal);
}
