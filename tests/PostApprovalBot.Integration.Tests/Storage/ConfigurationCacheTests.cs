using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Storage.Configuration;
using static PostApprovalBot.Integration.Tests.Infrastructure.StorageWorld;

namespace PostApprovalBot.Integration.Tests.Storage;

/// <summary>
/// The configuration is read from an in-process cache, so freshness is a security property: an approver removed
/// on one instance is refused on every other within the refresh interval plus one read, and at once on the instance
/// where the change was made.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Storage")]
public sealed class ConfigurationCacheTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task An_approver_removed_on_another_instance_is_refused_once_the_refresh_interval_has_passed()
    {
        var world = await CreateAsync(azurite);
        var thisInstance = Instance(world);
        var draft = (await world.Service.SubmitAsync(Spokesperson, AccountId, DraftContent.TextOnly("Hello"), default)).Value.Change.After;
        await thisInstance.GetAsync(draft.Id, default);

        // "Another instance": the repository itself, which moves the stamp but cannot touch this instance's memory.
        await world.Groups.SaveAsync(new ApproverGroup(ApprovalRoute.Legal, "Legal", [LegalA]), default);
        await Task.Delay(Refresh + TimeSpan.FromMilliseconds(200));
        var decided = await thisInstance.DecideAsync(LegalB, draft.Id, "Legal", 1, Verdict.Approve, null, default);

        Assert.Equal(RefusalCode.NotAnApprover, decided.Refusal?.Code);
    }

    [Fact]
    public async Task An_approver_removed_through_this_instance_is_refused_at_once()
    {
        var world = await CreateAsync(azurite);
        var draft = (await world.Service.SubmitAsync(Spokesperson, AccountId, DraftContent.TextOnly("Hello"), default)).Value.Change.After;
        await world.CachedService.GetAsync(draft.Id, default);

        await world.Configuration.SaveAsync(new ApproverGroup(ApprovalRoute.Legal, "Legal", [LegalA]), default);
        var decided = await world.CachedService.DecideAsync(LegalB, draft.Id, "Legal", 1, Verdict.Approve, null, default);

        Assert.Equal(RefusalCode.NotAnApprover, decided.Refusal?.Code);
    }

    private static DraftService Instance(StorageWorld world)
    {
        var cache = new CachedConfiguration(world.Accounts, world.Grants, world.Routes, world.Groups, world.Policy, new ConfigurationStamp(world.Storage), Refresh);
        return new DraftService(new CompanyDirectory(cache, cache, cache, cache, cache, world.Drafts), world.Drafts, world.Audit, new RecordingSink(), world.Clock);
    }
}
