using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Inbound.Interactions;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Views.Approval;

/// <summary>Asks an approver why they reject or request changes; the comment is required.</summary>
public static class CommentModal
{
    public const string CallbackId = "approval_comment";
    public const string CommentBlockId = "comment";
    public const string CommentActionId = "comment_text";
    public const string SuggestionBlockId = "suggestion";
    public const string SuggestionActionId = "suggestion_text";

    public static ModalView Build(CommentModalModel model)
    {
        if (model.Verdict == ApprovalVerdict.Approve)
        {
            throw new ArgumentException("The comment modal is for Reject and Request changes.", nameof(model));
        }
        var rejecting = model.Verdict == ApprovalVerdict.Reject;
        var metadata = new CommentModalMetadata(
            model.Target.DraftId, model.Target.Revision, model.Target.StageId, model.Verdict,
            model.ApprovalMessage.ChannelId, model.ApprovalMessage.Ts);
        List<Block> blocks =
        [
            new SectionBlock(new MrkdwnText($"*{SlackMrkdwn.Escape(model.AccountName)}*, stage {SlackMrkdwn.Escape(model.StageName)}")),
            new ContextBlock(new PlainText(ViewText.Preview(model.DraftPreview, 300))),
            new InputBlock(
                rejecting ? "Why is this post rejected?" : "What should change?",
                new PlainTextInputElement(CommentActionId, multiline: true, placeholder: "The submitter will see this comment."),
                CommentBlockId),
        ];
        if (!rejecting && model.SuggestionPrefill is { } prefill)
        {
            blocks.Add(new InputBlock(
                "Suggested text (optional)",
                new PlainTextInputElement(SuggestionActionId, multiline: true, initialValue: prefill),
                SuggestionBlockId,
                optional: true,
                hint: "Edit the post here and the submitter can accept your version in one click. Left as it is, nothing is suggested."));
        }
        return new ModalView(
            rejecting ? "Reject post" : "Request changes",
            blocks,
            CallbackId,
            submit: rejecting ? "Reject" : "Send",
            close: "Cancel",
            privateMetadata: metadata.Encode());
    }

    /// <summary>Reads a submission of this modal; a blank comment or broken metadata becomes a field error.</summary>
    public static ModalFormResult<CommentSubmission> Read(ViewSubmissionInteraction submission)
    {
        var view = submission.View;
        if (view.CallbackId != CallbackId || !CommentModalMetadata.TryDecode(view.PrivateMetadata, out var metadata) || metadata.Verdict == ApprovalVerdict.Approve)
        {
            return Error("This form is out of date. Close it and click the button on the message again.");
        }
        var comment = view.State.Find(CommentBlockId, CommentActionId)?.Value?.Trim();
        if (string.IsNullOrEmpty(comment))
        {
            return Error("Please write a comment for the submitter.");
        }
        var suggestion = metadata.Verdict == ApprovalVerdict.RequestChanges ? view.State.Find(SuggestionBlockId, SuggestionActionId)?.Value : null;
        return ModalFormResult<CommentSubmission>.Success(new CommentSubmission(
            metadata.Verdict,
            new ApprovalButtonValue(metadata.DraftId, metadata.Revision, metadata.StageId),
            comment,
            new SlackMessageRef(metadata.ChannelId, metadata.MessageTs),
            string.IsNullOrWhiteSpace(suggestion) ? null : suggestion));
    }

    private static ModalFormResult<CommentSubmission> Error(string message) =>
        ModalFormResult<CommentSubmission>.Invalid(new Dictionary<string, string> { [CommentBlockId] = message });
}
