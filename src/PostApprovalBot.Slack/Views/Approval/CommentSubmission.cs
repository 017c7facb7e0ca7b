using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Views.Approval;

/// <summary>A submitted reject / request-changes comment; who submitted it is the interaction's user.</summary>
public sealed record CommentSubmission(
    ApprovalVerdict Verdict,
    ApprovalButtonValue Target,
    string Comment,
    SlackMessageRef ApprovalMessage);
