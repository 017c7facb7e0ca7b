using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.Spokespersons;
using PostApprovalBot.Core.Tests.Builders;

namespace PostApprovalBot.Core.Tests.Administration;

[Trait("Category", "Admin")]
public sealed class SpokespersonAdministrationTests
{
    private readonly AdminRig _rig = new();
    private GrantScope Account => GrantScope.ForAccount(_rig.Company.Account.Id);

    [Fact]
    public async Task A_granted_person_may_submit_next()
    {
        Company.ExpectRefusal(_rig.Company.Submit(by: Staff.Nina));

        var grant = await _rig.Spokespersons.GrantAsync(Staff.Owen, Staff.Nina.Id, Account, null, default);

        Assert.True(grant.Succeeded);
        Assert.True(_rig.Company.Submit(by: Staff.Nina).Succeeded);
    }

    [Fact]
    public async Task A_revoked_person_may_no_longer_submit()
    {
        var revoked = await _rig.Spokespersons.RevokeAsync(Staff.Owen, Staff.Sam.Id, Account, default);

        Assert.True(revoked.Succeeded);
        Assert.Contains("revoked", Company.ExpectRefusal(_rig.Company.Submit()).Message);
    }

    [Fact]
    public async Task A_grant_with_an_end_stops_submissions_at_that_instant()
    {
        var until = _rig.Company.Clock.Now.AddDays(2);
        await _rig.Spokespersons.GrantAsync(Staff.Owen, Staff.Nina.Id, Account, until, default);

        _rig.Company.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromSeconds(1));
        Assert.True(_rig.Company.Submit(by: Staff.Nina).Succeeded);
        _rig.Company.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Contains("expired", Company.ExpectRefusal(_rig.Company.Submit(by: Staff.Nina)).Message);
    }

    [Fact]
    public async Task A_non_admin_is_refused_and_the_attempt_is_audited()
    {
        var result = await _rig.Spokespersons.GrantAsync(Staff.Sam, Staff.Nina.Id, Account, null, default);

        Assert.Equal(RefusalCode.NotAnAdmin, result.Refusal!.Code);
        var attempt = Assert.Single(_rig.Audit.Events);
        Assert.Equal(AuditActions.ActionRefused, attempt.Action);
        Assert.Equal(Staff.Sam.Id, attempt.Actor.Id);
        Assert.DoesNotContain(_rig.Company.Grants, g => g.Person == Staff.Nina.Id);
    }

    [Fact]
    public async Task Every_change_is_audited_with_before_and_after()
    {
        await _rig.Spokespersons.GrantAsync(Staff.Owen, Staff.Nina.Id, Account, null, default);
        await _rig.Spokespersons.RevokeAsync(Staff.Owen, Staff.Nina.Id, Account, default);

        Assert.Equal(["spokesperson.granted", "spokesperson.revoked"], _rig.Audit.Events.Select(e => e.Action));
        var revoke = _rig.Audit.Events[1];
        Assert.Contains("\"revokedAt\":null", revoke.Before);
        Assert.DoesNotContain("\"revokedAt\":null", revoke.After);
    }

    [Fact]
    public async Task Granting_for_an_unknown_account_or_until_a_past_date_is_refused()
    {
        var unknown = await _rig.Spokespersons.GrantAsync(Staff.Owen, Staff.Nina.Id, GrantScope.ForAccount("x-nobody"), null, default);
        var past = await _rig.Spokespersons.GrantAsync(Staff.Owen, Staff.Nina.Id, Account, _rig.Company.Clock.Now.AddDays(-1), default);

        Assert.Equal(RefusalCode.NotFound, unknown.Refusal!.Code);
        Assert.Equal(RefusalCode.InvalidInput, past.Refusal!.Code);
    }

    [Fact]
    public async Task Who_may_speak_lists_account_and_platform_grants()
    {
        await _rig.Spokespersons.GrantAsync(Staff.Owen, Staff.Nina.Id, GrantScope.ForPlatform(_rig.Company.Account.Platform), null, default);

        var who = await _rig.Spokespersons.WhoMaySpeakForAsync(_rig.Company.Account.Id, default);

        Assert.Equal([Staff.Nina.Id, Staff.Sam.Id], who.Value.Select(g => g.Person).OrderBy(p => p.Value));
    }

    [Fact]
    public async Task Who_may_speak_reads_the_listings_of_the_account_and_its_platform_never_the_whole_history()
    {
        await _rig.Spokespersons.GrantAsync(Staff.Owen, Staff.Nina.Id, GrantScope.ForPlatform(Platform.X), null, default);

        await _rig.Spokespersons.WhoMaySpeakForAsync(_rig.Company.Account.Id, default);

        Assert.Equal(0, _rig.Configuration.WholeHistoryReads);
        Assert.Equal([Account, GrantScope.ForPlatform(_rig.Company.Account.Platform)], _rig.Configuration.ScopesRead);
    }

    [Fact]
    public async Task Who_may_speak_leaves_out_revoked_and_expired_grants()
    {
        await _rig.Spokespersons.GrantAsync(Staff.Owen, Staff.Nina.Id, Account, _rig.Company.Clock.Now.AddDays(2), default);
        await _rig.Spokespersons.RevokeAsync(Staff.Owen, Staff.Sam.Id, Account, default);
        _rig.Company.Clock.Advance(TimeSpan.FromDays(2));

        var who = await _rig.Spokespersons.WhoMaySpeakForAsync(_rig.Company.Account.Id, default);

        Assert.Empty(who.Value);
    }

    [Fact]
    public async Task Revoking_clears_a_grant_that_is_listed_but_missing_from_the_persons_rows()
    {
        // What a crash between a grant's listing row and its person row leaves: listed, yet not in force.
        _rig.Configuration.ListedOnly.Add(new SpokespersonGrant("g-half-written", Staff.Nina.Id, Account, Staff.Owen.Id, _rig.Company.Clock.Now.AddHours(-1)));
        Assert.Contains(Staff.Nina.Id, (await _rig.Spokespersons.WhoMaySpeakForAsync(_rig.Company.Account.Id, default)).Value.Select(g => g.Person));

        var revoked = await _rig.Spokespersons.RevokeAsync(Staff.Owen, Staff.Nina.Id, Account, default);

        Assert.True(revoked.Succeeded);
        Assert.DoesNotContain(Staff.Nina.Id, (await _rig.Spokespersons.WhoMaySpeakForAsync(_rig.Company.Account.Id, default)).Value.Select(g => g.Person));
    }
}
