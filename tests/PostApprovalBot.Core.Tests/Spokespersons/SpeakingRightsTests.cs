using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Spokespersons;
using PostApprovalBot.Core.Tests.Builders;

namespace PostApprovalBot.Core.Tests.Spokespersons;

[Trait("Category", "Domain")]
public sealed class SpeakingRightsTests
{
    private static readonly DateTimeOffset Now = Company.Monday;
    private static readonly CompanyAccount Account =
        new("linkedin-acme", Platform.LinkedIn, "acme", "Acme", Staff.Owen);

    private static SpokespersonGrant Grant(PersonId person, GrantScope scope, DateTimeOffset from, DateTimeOffset? until = null) =>
        new("grant-1", person, scope, Staff.Owen.Id, from, until);

    private static SubmissionPermission SamMaySubmit(params SpokespersonGrant[] grants) =>
        SpeakingRights.MaySubmit(Staff.Sam.Id, Account, grants, Now);

    [Fact]
    public void Grant_for_the_account_lets_the_person_submit()
    {
        Assert.True(SamMaySubmit(Grant(Staff.Sam.Id, GrantScope.ForAccount(Account.Id), Now.AddDays(-1))).Allowed);
    }

    [Fact]
    public void Grant_for_the_platform_covers_every_account_on_it()
    {
        Assert.True(SamMaySubmit(Grant(Staff.Sam.Id, GrantScope.ForPlatform(Platform.LinkedIn), Now.AddDays(-1))).Allowed);
    }

    [Fact]
    public void Grant_for_another_platform_does_not_cover_the_account()
    {
        Assert.False(SamMaySubmit(Grant(Staff.Sam.Id, GrantScope.ForPlatform(Platform.X), Now.AddDays(-1))).Allowed);
    }

    [Fact]
    public void Grant_for_another_account_does_not_cover_the_account()
    {
        Assert.False(SamMaySubmit(Grant(Staff.Sam.Id, GrantScope.ForAccount("linkedin-other"), Now.AddDays(-1))).Allowed);
    }

    [Fact]
    public void Grant_is_active_until_just_before_it_expires()
    {
        Assert.True(SamMaySubmit(Grant(Staff.Sam.Id, GrantScope.ForAccount(Account.Id), Now.AddDays(-1), Now.AddTicks(1))).Allowed);
    }

    [Fact]
    public void Grant_has_expired_at_exactly_its_expiry_instant()
    {
        var permission = SamMaySubmit(Grant(Staff.Sam.Id, GrantScope.ForAccount(Account.Id), Now.AddDays(-30), Now));

        Assert.False(permission.Allowed);
        Assert.Contains("expired", permission.Reason);
    }

    [Fact]
    public void Revoked_grant_is_refused_and_says_so()
    {
        var grant = Grant(Staff.Sam.Id, GrantScope.ForAccount(Account.Id), Now.AddDays(-30)).Revoke(Staff.Owen.Id, Now.AddHours(-1));

        var permission = SamMaySubmit(grant);

        Assert.False(permission.Allowed);
        Assert.Contains("revoked", permission.Reason);
    }

    [Fact]
    public void Grant_that_has_not_started_is_refused_and_says_when_it_starts()
    {
        var permission = SamMaySubmit(Grant(Staff.Sam.Id, GrantScope.ForAccount(Account.Id), Now.AddDays(2)));

        Assert.False(permission.Allowed);
        Assert.Contains("starts on 2025-06-04", permission.Reason);
    }

    [Fact]
    public void Another_persons_grant_gives_no_right()
    {
        var permission = SamMaySubmit(Grant(Staff.Nina.Id, GrantScope.ForAccount(Account.Id), Now.AddDays(-1)));

        Assert.False(permission.Allowed);
        Assert.Contains("not an authorized spokesperson", permission.Reason);
    }

    [Fact]
    public void Retired_account_refuses_even_an_active_grant()
    {
        var retired = Account with { Retired = true };
        var grants = new[] { Grant(Staff.Sam.Id, GrantScope.ForAccount(Account.Id), Now.AddDays(-1)) };

        var permission = SpeakingRights.MaySubmit(Staff.Sam.Id, retired, grants, Now);

        Assert.False(permission.Allowed);
        Assert.Contains("retired", permission.Reason);
    }

    [Fact]
    public void An_active_grant_wins_over_an_expired_one()
    {
        var expired = Grant(Staff.Sam.Id, GrantScope.ForAccount(Account.Id), Now.AddDays(-60), Now.AddDays(-30));
        var current = Grant(Staff.Sam.Id, GrantScope.ForPlatform(Platform.LinkedIn), Now.AddDays(-1));

        Assert.True(SamMaySubmit(expired, current).Allowed);
    }

    public static TheoryData<string, SpokespersonGrant[]> Refusals() => new()
    {
        { "none", [] },
        { "expired", [Grant(Staff.Sam.Id, GrantScope.ForAccount(Account.Id), Now.AddDays(-30), Now.AddDays(-1))] },
        { "revoked", [Grant(Staff.Sam.Id, GrantScope.ForAccount(Account.Id), Now.AddDays(-30)).Revoke(Staff.Owen.Id, Now.AddDays(-1))] },
        { "future", [Grant(Staff.Sam.Id, GrantScope.ForAccount(Account.Id), Now.AddDays(1))] },
        { "other person", [Grant(Staff.Nina.Id, GrantScope.ForAccount(Account.Id), Now.AddDays(-1))] },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Every_refusal_names_the_account_owner(string why, SpokespersonGrant[] grants)
    {
        var permission = SamMaySubmit(grants);

        Assert.False(permission.Allowed, why);
        Assert.Contains("Owen Owner", permission.Reason);
        Assert.Contains("owen@acme.example", permission.Reason);
    }

    [Fact]
    public void Refusal_for_a_retired_account_names_the_owner()
    {
        var permission = SpeakingRights.MaySubmit(Staff.Sam.Id, Account with { Retired = true }, [], Now);

        Assert.Contains("Owen Owner", permission.Reason);
    }
}
