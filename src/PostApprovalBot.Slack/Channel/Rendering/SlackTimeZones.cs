using System.Globalization;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Slack.Views.Drafts;

namespace PostApprovalBot.Slack.Channel.Rendering;

/// <summary>The time zones the draft modal offers: a list of common IANA zones plus the user's own.</summary>
internal static class SlackTimeZones
{
    private static readonly string[] Common =
    [
        "UTC", "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Paris", "Europe/Brussels", "Europe/Amsterdam",
        "Europe/Berlin", "Europe/Zurich", "Europe/Madrid", "Europe/Rome", "Europe/Stockholm", "Europe/Warsaw", "Europe/Prague",
        "Europe/Vienna", "Europe/Athens", "Europe/Helsinki", "Europe/Bucharest", "Europe/Istanbul", "Africa/Cairo",
        "Africa/Johannesburg", "Africa/Lagos", "Africa/Nairobi", "Asia/Dubai", "Asia/Karachi", "Asia/Kolkata", "Asia/Bangkok",
        "Asia/Singapore", "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Seoul", "Asia/Tokyo", "Australia/Perth",
        "Australia/Brisbane", "Australia/Sydney", "Pacific/Auckland", "America/Sao_Paulo", "America/Argentina/Buenos_Aires",
        "America/Bogota", "America/Mexico_City", "America/Halifax", "America/Toronto", "America/New_York", "America/Chicago",
        "America/Denver", "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu",
    ];

    public static IReadOnlyList<DraftChoice> Offered(string? userZone, DateTimeOffset now)
    {
        var ids = Common.ToList();
        if (userZone is not null && !ids.Contains(userZone, StringComparer.Ordinal))
        {
            ids.Insert(0, userZone);
        }
        return ids
            .Where(id => ScheduledTime.TryFindZone(id, out _))
            .Select(id => new DraftChoice(id, Label(id, now)))
            .ToList();
    }

    private static string Label(string id, DateTimeOffset now)
    {
        ScheduledTime.TryFindZone(id, out var zone);
        var offset = zone.GetUtcOffset(now);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return $"{id} (UTC{sign}{offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture)})";
    }
}
