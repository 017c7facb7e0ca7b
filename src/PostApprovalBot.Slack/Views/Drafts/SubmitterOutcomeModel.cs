namespace PostApprovalBot.Slack.Views.Drafts;

/// <summary>
/// The submitter's outcome message. <see cref="ApprovedText"/> and <see cref="ApprovedTextSha256"/> are set when
/// approved; <see cref="DeciderName"/>, <see cref="StageName"/> and <see cref="Comment"/> when rejected, sent back or overridden.
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
    IReadOnlyList<string>? UnreachableApprovers = null)
{
    /// <summary>An administrator decided outright (approved or rejected); <see cref="DeciderName"/> and <see cref="Comment"/> say who and why.</summary>
    public bool Overridden { get; init; }

    /// <summary>The approver's suggested text in full, when changes were requested with one; accepting it needs one click.</summary>
    public string? SuggestedText { get; init; }

    /// <summary><see cref="SuggestedText"/> compared word by word with the draft's text.</summary>
    public IReadOnlyList<TextChange> SuggestedChanges { get; init; } = [];

    /// <summary>When the draft was to be published, for an expired draft.</summary>
    public string? ScheduleText { get; init; }

    /// <summary>Channels ("Teams") where the bot lacks a permission to reach people it never met; an admin must grant it.</summary>
    public IReadOnlyList<string> MissingPermissions { get; init; } = [];
}
