using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Views.Approval;

/// <summary>The comment modal opened by Reject or Request changes on <see cref="ApprovalMessage"/>.</summary>
public sealed record CommentModalModel(
    ApprovalVerdict Verdict,
    ApprovalButtonValue Target,
    string AccountName,
    string StageName,
    string DraftPreview,
    SlackMessageRef ApprovalMessage);
