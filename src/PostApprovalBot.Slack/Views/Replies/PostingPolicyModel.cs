namespace PostApprovalBot.Slack.Views.Replies;

/// <summary>
/// An account's posting guidance as 'policy &lt;account&gt;' shows it; <see cref="Guidance"/> is null when the account has none yet.
/// The rule texts are already worded ("3", "no limit", "08:00 to 18:00 Europe/Paris").
/// </summary>
public sealed record PostingPolicyModel(
    string AccountName,
    string Platform,
    string OwnerText,
    string? Guidance,
    string PerDayText,
    string PerWeekText,
    string HoursText);
