namespace PostApprovalBot.Slack.Views.Drafts;

/// <summary>
/// The submitter's outcome message. <see cref="ApprovedText"/> and <see cref="ApprovedTextSha256"/> are set when
/// approved; <see cref="DeciderName"/>, <see cref="StageName"/> and <see cref="Comment"/> when rejected or sent back.
/// </summary>
public sealed record SubmitterOutcomeModel(
    SubmitterOutcome Outcome,
    string DraftId,
    int Revision,
    string AccountName,
    string Platform,
    string? DeciderName = null,
    string? StageName = null,
    string? Comment = null,
    string? ApprovedText = null,
    string? ApprovedTextSha256 = null,
    IReadOnlyList<string>? UnreachableApprovers = null);
