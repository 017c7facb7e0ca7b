using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Views.Approval;

/// <summary>
/// A submitted reject / request-changes comment, with the approver's suggested text when they gave one (as typed; the core ignores
/// a suggestion equal to the draft); who submitted it is the interaction's user.
/// </summary>
public sealed record CommentSubmission(
    ApprovalVerdict Verdict,
    ApprovalButtonValue Target,
    string Comment,
    SlackMessageRef ApprovalMessage,
    string? SuggestedText = null);
