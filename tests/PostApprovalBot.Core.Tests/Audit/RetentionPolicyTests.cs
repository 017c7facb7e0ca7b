using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Outcomes;

namespace PostApprovalBot.Core.Tests.Audit;

[Trait("Category", "Audit")]
public sealed class RetentionPolicyTests
{
    private static readonly DateTimeOffset Recorded = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Audit_data_is_kept_seven_years_unless_configured_otherwise()
    {
        Assert.Equal(7, RetentionPolicy.Default.Years);
        Assert.Equal(new DateTimeOffset(2033, 11, 26, 9, 0, 0, TimeSpan.Zero), RetentionPolicy.Default.KeepUntil(Recorded));
    }

    [Fact]
    public void A_deletion_inside_the_retention_period_is_refused_with_the_date_it_becomes_possible()
    {
        var refusal = RetentionPolicy.Default.CheckDeletion(Recorded, Recorded.AddYears(7).AddTicks(-1));

        Assert.Equal(RefusalCode.InvalidTransition, refusal!.Code);
        Assert.Contains("may not be deleted before 2033-11-26", refusal.Message);
    }

    [Fact]
    public void A_deletion_after_the_retention_period_is_allowed()
    {
        Assert.Null(new RetentionPolicy(10).CheckDeletion(Recorded, Recorded.AddYears(10)));
        Assert.False(new RetentionPolicy(10).MayDelete(Recorded, Recorded.AddYears(9)));
    }

    [Fact]
    public void A_record_of_the_29th_of_February_is_kept_until_the_28th_in_a_common_year()
    {
        var leapDay = new DateTimeOffset(2028, 2, 29, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2035, 2, 28, 12, 0, 0, TimeSpan.Zero), RetentionPolicy.Default.KeepUntil(leapDay));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-7)]
    [InlineData(101)]
    public void A_retention_period_outside_1_to_100_years_is_rejected(int years)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetentionPolicy(years));
    }
}
