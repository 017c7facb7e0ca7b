using Microsoft.Extensions.Logging;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Slack.Channel.Identity;
using PostApprovalBot.Slack.Http;
using PostApprovalBot.Slack.Inbound.Interactions;
using PostApprovalBot.Slack.Views.Approval;

namespace PostApprovalBot.Slack.Channel.Interactions;

/// <summary>
/// A submitted Reject / Request changes comment: the core decides for the payload's user (the modal's metadata
/// only names the draft, revision and stage). A refusal stays in the modal under the comment.
/// </summary>
public sealed class CommentSubmissionHandler(DraftService drafts, SlackContacts contacts, ILogger<CommentSubmissionHandler> logger)
{
    public async Task<SlackHttpAnswer> HandleAsync(ViewSubmissionInteraction submission, CancellationToken cancellationToken)
    {
        var form = CommentModal.Read(submission);
        if (!form.Succeeded)
        {
            return form.ToErrorAnswer();
        }
        var identity = await contacts.ResolveAsync(submission.UserId, null, cancellationToken);
        if (!identity.IsKnown)
        {
            return Error(identity.Problem);
        }
        var comment = form.Value;
        return await ModalRecording.AnswerAsync(async () =>
        {
            var result = await drafts.DecideAsync(identity.Contact.Person, comment.Target.DraftId, comment.Target.StageId, comment.Target.Revision,
                Verdict(comment.Verdict), comment.Comment, cancellationToken, comment.SuggestedText);
            return result.Succeeded ? SlackHttpAnswer.ViewClear() : Error(result.Refusal!.Message);
        }, Error, logger, cancellationToken);
    }

    private static Core.Drafts.Verdict Verdict(Views.ApprovalVerdict verdict) => verdict switch
    {
        Views.ApprovalVerdict.Reject => Core.Drafts.Verdict.Reject,
        Views.ApprovalVerdict.RequestChanges => Core.Drafts.Verdict.RequestChanges,
        _ => Core.Drafts.Verdict.Approve,
    };

    private static SlackHttpAnswer Error(string message) =>
        SlackHttpAnswer.ViewErrors(new Dictionary<string, string> { [CommentModal.CommentBlockId] = message });
}
