using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Explorer;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Tests.Builders;
using static PostApprovalBot.Core.Tests.Audit.AuditTrailWorld;

namespace PostApprovalBot.Core.Tests.Audit;

[Trait("Category", "Audit")]
public sealed class AuditExplorerTests
{
    [Fact]
    public async Task A_search_reads_the_ledgers_of_the_days_asked_for_and_nothing_else()
    {
        var world = new AuditTrailWorld();
        await world.DraftAsync("P-DAY001", LinkedIn, On(1), (AuditActions.DraftSubmitted, Staff.Sam));
        await world.DraftAsync("P-DAY002", LinkedIn, On(2), (AuditActions.DraftSubmitted, Staff.Sam), (AuditActions.DecisionRecorded, Staff.Lea));
        await world.DraftAsync("P-DAY003", LinkedIn, On(3), (AuditActions.DraftSubmitted, Staff.Sam));

        var found = await world.SearchAsync(2, 2);

        Assert.Equal([Day1.AddDays(1)], world.Archive.DaysRead);
        Assert.Equal(["drafts/P-DAY002/1-2"], world.Archive.RangesRead);
        Assert.Equal([AuditActions.DecisionRecorded, AuditActions.DraftSubmitted], found.Events.Select(r => r.Event!.Action));
    }

    [Theory]
    [InlineData(LinkedIn, null, null, "P-LINK01#1 P-LINK01#2 refused-on-P-LINK01")]
    [InlineData(X, null, null, "P-XACME1#1 grant-for-nina")]
    [InlineData(null, "nina@acme.example", null, "refused-on-P-LINK01 grant-for-nina")]
    [InlineData(null, null, AuditActions.DecisionRecorded, "P-LINK01#2")]
    [InlineData(LinkedIn, "sam@acme.example", AuditActions.DraftSubmitted, "P-LINK01#1")]
    public async Task A_filter_keeps_the_events_of_the_account_the_person_and_the_action(string? account, string? person, string? action, string expected)
    {
        var world = await TwoAccountsAsync();

        var found = await world.SearchAsync(1, 1, new AuditEventFilter(account, person is null ? null : PersonId.FromEmail(person), action));

        Assert.Equal(expected.Split(' ').Order(), found.Events.Select(Name).Order());
    }

    [Fact]
    public async Task A_search_shows_the_newest_first_and_says_when_there_is_more()
    {
        var world = new AuditTrailWorld();
        await world.DraftAsync("P-MANY01", LinkedIn, On(1), Enumerable.Repeat((AuditActions.DecisionRecorded, Staff.Lea), 5).ToArray());

        var found = await world.SearchAsync(1, 1, take: 2);
        var all = await world.SearchAsync(1, 1, take: 5);

        Assert.Equal((2, true, 5), (found.Events.Count, found.HasMore, found.Listed));
        Assert.Equal([5L, 4L], found.Events.Select(r => r.Sequence));
        Assert.False(all.HasMore);
    }

    [Fact]
    public async Task A_page_reads_the_newest_subjects_only_until_it_is_full_however_many_the_period_holds()
    {
        var world = new AuditTrailWorld();
        for (var i = 0; i < 40; i++) await world.DraftAsync($"P-BUSY{i:00}", LinkedIn, On(1), (AuditActions.DraftSubmitted, Staff.Sam));

        var page = await world.SearchAsync(1, 1, take: 3);

        Assert.Equal(["P-BUSY39", "P-BUSY38", "P-BUSY37"], page.Events.Select(r => r.Subject));
        Assert.True(page.HasMore);
        Assert.Equal(40, page.Listed);
        // One batch of eight subjects, the newest, is enough for a page of three: the other 32 drafts are never read.
        Assert.Equal(8, world.Archive.RangesRead.Count);
        Assert.All(world.Archive.RangesRead, r => Assert.True(string.CompareOrdinal(r, "drafts/P-BUSY32") >= 0, r));
    }

    [Fact]
    public async Task A_filter_that_matches_an_old_event_still_finds_it_behind_newer_ones()
    {
        var world = new AuditTrailWorld();
        await world.DraftAsync("P-OLD001", LinkedIn, On(1), (AuditActions.DecisionRecorded, Staff.Lea));
        for (var i = 0; i < 20; i++) await world.DraftAsync($"P-NEW{i:000}", LinkedIn, On(1), (AuditActions.DraftSubmitted, Staff.Sam));

        var found = await world.SearchAsync(1, 1, new AuditEventFilter(Action: AuditActions.DecisionRecorded), take: 10);

        Assert.Equal("P-OLD001", Assert.Single(found.Events).Subject);
        Assert.False(found.HasMore);
    }

    [Fact]
    public void A_period_of_more_than_a_month_is_refused_with_what_to_do()
    {
        var month = new AuditQuery(Day1, Day1.AddDays(AuditQuery.MostDays - 1), new AuditEventFilter());
        var longer = month with { To = month.To.AddDays(1) };

        Assert.Null(month.Validate());
        Assert.Contains("at most 31", longer.Validate());
    }

    [Fact]
    public async Task Verifying_an_account_checks_its_drafts_of_the_period_and_names_the_first_broken_link()
    {
        var world = await TwoAccountsAsync();
        world.Archive.Edit(AuditStreams.Drafts, "P-LINK01", 2, e => e with { Details = "stage=Legal; verdict=Reject" });

        var broken = await world.Explorer.VerifyAccountAsync(LinkedIn, Day1, Day1, default);
        var other = await world.Explorer.VerifyAccountAsync(X, Day1, Day1, default);

        var first = broken!.FirstBreak!;
        Assert.Equal((AuditBreakKind.HashMismatch, "drafts", "P-LINK01", "aud-00000002", 2L, "Hash"), (first.Kind, first.Table, first.Partition, first.RowKey, first.Sequence, first.Field));
        Assert.True(other!.IsIntact, other.FirstBreak?.ToString());
        Assert.Equal(2, other.EventsChecked); // the X draft's event and the grant that names x-acme
    }

    [Fact]
    public async Task An_account_with_no_event_in_the_period_has_nothing_to_verify()
    {
        var world = await TwoAccountsAsync();

        Assert.Null(await world.Explorer.VerifyAccountAsync(LinkedIn, Day1.AddDays(1), Day1.AddDays(3), default));
    }

    [Fact]
    public async Task Verifying_the_ledger_days_finds_an_edited_event_without_scanning_the_tables()
    {
        var world = await TwoAccountsAsync();
        world.Archive.Edit(AuditStreams.Log, "P-LINK01", 1, e => e with { Actor = Staff.Owen });

        var result = await world.Verifier.VerifyLedgerDaysAsync(Day1, Day1, default);

        Assert.Equal((AuditBreakKind.HashMismatch, "audit", "P-LINK01", "aud-00000001"), (result.FirstBreak!.Kind, result.FirstBreak.Table, result.FirstBreak.Partition, result.FirstBreak.RowKey));
        Assert.Equal(5, result.LedgerEntriesChecked);
    }

    /// <summary>Day 1: a LinkedIn draft (submitted by Sam, decided by Lea), an X draft, Nina refused on the LinkedIn draft, a grant to Nina on X.</summary>
    private static async Task<AuditTrailWorld> TwoAccountsAsync()
    {
        var world = new AuditTrailWorld();
        await world.DraftAsync("P-LINK01", LinkedIn, On(1), (AuditActions.DraftSubmitted, Staff.Sam), (AuditActions.DecisionRecorded, Staff.Lea));
        await world.DraftAsync("P-XACME1", X, On(1, 10), (AuditActions.DraftSubmitted, Staff.Sam));
        world.Logged("P-LINK01", AuditActions.ActionRefused, Staff.Nina, On(1, 20), details: "decide: not an approver");
        world.Logged("admin:grants", "spokesperson.granted", Staff.Owen, On(1, 30), after: "{\"person\":\"nina@acme.example\",\"account\":\"x-acme\"}");
        return world;
    }

    private static string Name(StoredAuditRow row) => row switch
    {
        { Stream: AuditStreams.Drafts } => $"{row.Subject}#{row.Sequence}",
        { Subject: "admin:grants" } => "grant-for-nina",
        _ => $"refused-on-{row.Subject}",
    };
}
