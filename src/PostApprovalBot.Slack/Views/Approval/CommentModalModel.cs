using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Views.Approval;

/// <summary>
/// The comment modal opened by Reject or Request changes on <see cref="ApprovalMessage"/>. With Request changes,
/// <see cref="SuggestionPrefill"/> (the draft's text, at most 3,000 characters) adds an optional field for the approver's own version.
/// </summary>
public sealed record CommentModalModel(
    ApprovalVerdict Verdict,
    ApprovalButtonValue Target,
    string AccountName,
    string StageName,
    string DraftPreview,
    SlackMessageRef ApprovalMessage,
    string? SuggestionPrefill = null);
