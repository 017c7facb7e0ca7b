namespace PostApprovalBot.Core.Policy;

/// <summary>
/// An account's written guidance (purpose, tone, topics to avoid) that employees read before drafting,
/// and its frequency rules: posts per day and per week, and the hours posts may go out, in the account's zone.
/// </summary>
public sealed record PostingPolicy(
    string AccountId,
    string Guidance,
    int? MaxPerDay = null,
    int? MaxPerWeek = null,
    int? EarliestHour = null,
    int? LatestHour = null,
    string TimeZoneId = "UTC")
{
    public string? Validate()
    {
        if (MaxPerDay is < 1 || MaxPerWeek is < 1) return "Posts per day and per week must be at least 1 when set.";
        if (EarliestHour is < 0 or > 23 || LatestHour is < 1 or > 24) return "Posting hours run from 0 to 24.";
        if (EarliestHour >= LatestHour) return "The earliest posting hour must come before the latest.";
        if (!Drafts.ScheduledTime.TryFindZone(TimeZoneId, out _)) return $"'{TimeZoneId}' is not an IANA time zone such as Europe/Paris.";
        return null;
    }
}
