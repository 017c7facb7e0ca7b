namespace PostApprovalBot.Slack.Views.Drafts;

/// <summary>
/// What the draft modal holds. <see cref="RevisingDraftId"/> is set when the modal edits an existing draft.
/// The account id is only what was picked: the core decides whether this user may post for it.
/// </summary>
public sealed record NewDraftSubmission(
    string? RevisingDraftId,
    string AccountId,
    string Text,
    IReadOnlyList<Uri> Links,
    string? SourcesAndNotes,
    DateOnly? ScheduledDate,
    TimeOnly? ScheduledTime,
    string? TimeZoneId);
