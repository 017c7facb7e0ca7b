using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;

namespace PostApprovalBot.Core.Tests.Drafts;

[Trait("Category", "Domain")]
public sealed class ScheduledTimeTests
{
    [Fact]
    public void Local_time_is_stored_in_utc_with_its_zone()
    {
        var scheduled = ScheduledTime.FromLocal(new DateTime(2025, 7, 1, 10, 0, 0), "Europe/Paris");

        Assert.True(scheduled.Succeeded);
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 8, 0, 0, TimeSpan.Zero), scheduled.Value.Utc);
        Assert.Equal("Europe/Paris", scheduled.Value.TimeZoneId);
    }

    [Fact]
    public void Winter_time_uses_the_winter_offset()
    {
        var scheduled = ScheduledTime.FromLocal(new DateTime(2025, 1, 15, 10, 0, 0), "America/New_York");

        Assert.Equal(new DateTimeOffset(2025, 1, 15, 15, 0, 0, TimeSpan.Zero), scheduled.Value.Utc);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData("   ")]
    public void Unknown_time_zone_is_refused(string zone)
    {
        var refusal = ScheduledTime.FromLocal(new DateTime(2025, 7, 1, 10, 0, 0), zone).Refusal;

        Assert.NotNull(refusal);
        Assert.Equal(RefusalCode.InvalidInput, refusal.Code);
        Assert.Contains("is not a time zone I know", refusal.Message);
    }

    [Theory]
    [InlineData("Europe/Paris", 2025, 3, 30)]
    [InlineData("America/New_York", 2025, 3, 9)]
    public void Local_time_skipped_by_the_clock_change_is_refused(string zone, int year, int month, int day)
    {
        var refusal = ScheduledTime.FromLocal(new DateTime(year, month, day, 2, 30, 0), zone).Refusal;

        Assert.NotNull(refusal);
        Assert.Contains("does not exist in " + zone, refusal.Message);
    }

    [Fact]
    public void Description_shows_local_and_utc_time()
    {
        var scheduled = ScheduledTime.FromLocal(new DateTime(2025, 7, 1, 10, 0, 0), "Europe/Paris").Value;

        Assert.Equal("2025-07-01 10:00 Europe/Paris (2025-07-01 08:00 UTC)", scheduled.Describe());
    }
}
