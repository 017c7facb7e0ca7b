using System.Globalization;
using PostApprovalBot.Core.Drafts;

namespace PostApprovalBot.Core.Policy;

/// <summary>Checks a post's publication time against its account's frequency rules; reviewers see the findings.</summary>
public static class FrequencyCheck
{
    public static IReadOnlyList<PolicyFinding> Check(PostingPolicy policy, DateTimeOffset publishAt, IEnumerable<DateTimeOffset> otherPosts)
    {
        ScheduledTime.TryFindZone(policy.TimeZoneId, out var zone);
        var local = TimeZoneInfo.ConvertTime(publishAt, zone);
        var others = otherPosts.Select(t => TimeZoneInfo.ConvertTime(t, zone)).ToList();
        var findings = new List<PolicyFinding>();

        var sameDay = others.Count(t => t.Date == local.Date);
        if (policy.MaxPerDay is { } perDay && sameDay >= perDay)
            findings.Add(new("frequency.daily", FindingSeverity.Flag,
                $"{sameDay} post(s) are already planned on {local:yyyy-MM-dd} for this account; its policy allows {perDay} a day."));

        var week = ISOWeek.GetWeekOfYear(local.DateTime);
        var sameWeek = others.Count(t => ISOWeek.GetWeekOfYear(t.DateTime) == week && ISOWeek.GetYear(t.DateTime) == ISOWeek.GetYear(local.DateTime));
        if (policy.MaxPerWeek is { } perWeek && sameWeek >= perWeek)
            findings.Add(new("frequency.weekly", FindingSeverity.Flag,
                $"{sameWeek} post(s) are already planned in week {week} for this account; its policy allows {perWeek} a week."));

        var earliest = policy.EarliestHour ?? 0;
        var latest = policy.LatestHour ?? 24;
        if (local.Hour < earliest || local.Hour >= latest)
            findings.Add(new("frequency.hours", FindingSeverity.Flag,
                $"{local:HH:mm} {policy.TimeZoneId} is outside the account's posting hours ({earliest:00}:00–{latest:00}:00)."));
        return findings;
    }
}
