namespace PostApprovalBot.Slack.Views.Drafts;

/// <summary>
/// The draft modal: the accounts this user may post for (1–100), the time zones to offer (1–100), and for a
/// revision the earlier values in <see cref="Prefill"/>. <see cref="PostingPolicyUrl"/> links the account's policy.
/// </summary>
public sealed record NewDraftModalModel(
    IReadOnlyList<DraftChoice> Accounts,
    IReadOnlyList<DraftChoice> TimeZones,
    string? DefaultTimeZoneId = null,
    NewDraftSubmission? Prefill = null,
    Uri? PostingPolicyUrl = null);
