using PostApprovalBot.Core.Outcomes;

namespace PostApprovalBot.Core.Drafts;

/// <summary>When the post should go out: stored in UTC, with the IANA zone the submitter meant.</summary>
public sealed record ScheduledTime(DateTimeOffset Utc, string TimeZoneId)
{
    /// <summary>Reads a local date and time in an IANA zone, refusing unknown zones and times that do not exist there.</summary>
    public static Result<ScheduledTime> FromLocal(DateTime local, string timeZoneId)
    {
        if (!TryFindZone(timeZoneId, out var zone))
            return Result<ScheduledTime>.Refused(RefusalCode.InvalidInput,
                $"'{timeZoneId}' is not a time zone I know. Use an IANA name such as Europe/Paris or America/New_York.");
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
            return Result<ScheduledTime>.Refused(RefusalCode.InvalidInput,
                $"{local:yyyy-MM-dd HH:mm} does not exist in {timeZoneId} (the clocks skip it). Pick another time.");
        var offset = zone.GetUtcOffset(unspecified);
        return Result<ScheduledTime>.Success(new ScheduledTime(new DateTimeOffset(unspecified, offset).ToUniversalTime(), zone.Id));
    }

    public static bool TryFindZone(string? timeZoneId, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(timeZoneId)) return false;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId.Trim());
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    public DateTimeOffset LocalTime =>
        TryFindZone(TimeZoneId, out var zone) ? TimeZoneInfo.ConvertTime(Utc, zone) : Utc;

    public string Describe() => $"{LocalTime:yyyy-MM-dd HH:mm} {TimeZoneId} ({Utc:yyyy-MM-dd HH:mm} UTC)";
}
