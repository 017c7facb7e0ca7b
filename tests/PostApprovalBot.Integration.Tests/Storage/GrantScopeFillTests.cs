using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Spokespersons;
using PostApprovalBot.Storage.Diagnostics;
using PostApprovalBot.Storage.Tables;
using static PostApprovalBot.Integration.Tests.Infrastructure.StorageWorld;

namespace PostApprovalBot.Integration.Tests.Storage;

/// <summary>
/// Grants stored before the scope listing existed are listed by the fill that runs at startup, once: afterwards a start
/// costs one point read of the marker, and the grants table is not read again.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Storage")]
public sealed class GrantScopeFillTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Grants_stored_before_the_listing_existed_are_listed_by_one_fill_and_revoked_ones_are_not()
    {
        var world = await CreateAsync(azurite);
        var now = world.Clock.GetUtcNow();
        var held = new SpokespersonGrant("old-held", Outsider.Id, GrantScope.ForPlatform(Platform.LinkedIn), Owner.Id, now.AddDays(-10));
        var revoked = new SpokespersonGrant("old-revoked", LegalA.Id, GrantScope.ForAccount(AccountId), Owner.Id, now.AddDays(-10)).Revoke(Owner.Id, now.AddDays(-5));
        // Rows as the previous version wrote them: under the person only.
        var personRows = new JsonDocumentTable<SpokespersonGrant>(world.Storage.Table(TableNames.Grants));
        foreach (var grant in new[] { held, revoked }) await personRows.UpsertAsync(grant.Person.Value, grant.Id, grant, default);
        Assert.Empty(await world.Grants.ListForScopeAsync(GrantScope.ForPlatform(Platform.LinkedIn), default));

        var first = await world.Grants.FillScopeIndexOnceAsync(now, default);
        world.Requests.Clear();
        world.Requests.Recording = true;
        var second = await world.Grants.FillScopeIndexOnceAsync(now, default);
        world.Requests.Recording = false;

        Assert.Equal(3, first); // the world's own grant g1 and the two old ones
        Assert.Null(second);
        Assert.Equal([("grantsbyscope", TableRequestKind.PointRead)], world.Requests.Requests);
        Assert.Equal(["old-held"], (await world.Grants.ListForScopeAsync(GrantScope.ForPlatform(Platform.LinkedIn), default)).Select(g => g.Id));
        Assert.Equal(["g1"], (await world.Grants.ListForScopeAsync(GrantScope.ForAccount(AccountId), default)).Select(g => g.Id));
    }
}
