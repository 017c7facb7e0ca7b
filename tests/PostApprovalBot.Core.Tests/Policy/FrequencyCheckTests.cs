using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Policy;

namespace PostApprovalBot.Core.Tests.Policy;

[Trait("Category", "Domain")]
public sealed class FrequencyCheckTests
{
    private static readonly DateTimeOffset Tuesday10Paris = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_post_beyond_the_daily_limit_is_flagged()
    {
        var policy = new PostingPolicy("linkedin-acme", "Be kind.", MaxPerDay: 1, TimeZoneId: "Europe/Paris");

        var findings = FrequencyCheck.Check(policy, Tuesday10Paris, [Tuesday10Paris.AddHours(3)]);

        Assert.Equal(["frequency.daily"], findings.Select(f => f.Code));
    }

    [Fact]
    public void The_weekly_limit_counts_the_iso_week_in_the_account_zone()
    {
        var policy = new PostingPolicy("linkedin-acme", "", MaxPerWeek: 2, TimeZoneId: "Europe/Paris");
        var mondayAndSunday = new[] { Tuesday10Paris.AddDays(-1), Tuesday10Paris.AddDays(5) };

        Assert.Equal(["frequency.weekly"], FrequencyCheck.Check(policy, Tuesday10Paris, mondayAndSunday).Select(f => f.Code));
        Assert.Empty(FrequencyCheck.Check(policy, Tuesday10Paris, [Tuesday10Paris.AddDays(7)]));
    }

    [Fact]
    public void A_post_outside_the_posting_hours_of_the_account_zone_is_flagged()
    {
        var policy = new PostingPolicy("linkedin-acme", "", EarliestHour: 8, LatestHour: 18, TimeZoneId: "Europe/Paris");

        Assert.Empty(FrequencyCheck.Check(policy, Tuesday10Paris, []));
        var late = FrequencyCheck.Check(policy, Tuesday10Paris.AddHours(8), []);
        Assert.Equal("frequency.hours", Assert.Single(late).Code);
        Assert.Contains("18:00 Europe/Paris", late[0].Message);
    }

    [Fact]
    public void A_submission_carries_the_frequency_findings_for_its_reviewers()
    {
        var company = new Builders.Company();
        var posting = new PostingPolicy(company.Account.Id, "One a day.", MaxPerDay: 1);
        var context = company.Context with
        {
            Policy = company.Policy with { AccountPolicies = [posting] },
            OtherPostTimes = [company.Clock.Now.AddHours(1)],
        };

        var change = DraftWorkflow.Submit("P-TEST01", Builders.Staff.Sam, DraftContent.TextOnly("Hello"), context, company.Clock.Now);

        Assert.Contains(change.Value.After.CurrentRevision.Findings, f => f.Code == "frequency.daily");
    }

    [Theory]
    [InlineData(0, null, null, "UTC")]
    [InlineData(null, 18, 8, "UTC")]
    [InlineData(null, null, null, "Mars/Olympus")]
    public void Invalid_rules_are_explained(int? perDay, int? earliest, int? latest, string zone)
    {
        Assert.NotNull(new PostingPolicy("a", "", perDay, null, earliest, latest, zone).Validate());
    }
}
