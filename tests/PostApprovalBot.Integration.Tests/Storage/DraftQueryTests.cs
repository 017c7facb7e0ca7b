using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Drafts;
using static PostApprovalBot.Integration.Tests.Infrastructure.StorageWorld;

namespace PostApprovalBot.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Storage")]
public sealed class DraftQueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Waiting_for_me_follows_the_draft_from_step_to_step()
    {
        var world = await CreateAsync(azurite);
        var id = (await world.Service.SubmitAsync(Spokesperson, AccountId, DraftContent.TextOnly("Step by step."), default)).Value.Overview.Draft.Id;

        Assert.Equal([id], (await world.Service.WaitingForAsync(LegalA, 10, default)).Select(d => d.Draft.Id));
        Assert.Empty(await world.Service.WaitingForAsync(Compliance, 10, default));

        await world.Service.DecideAsync(LegalB, id, "Legal", 1, Verdict.Approve, null, default);

        Assert.Empty(await world.Service.WaitingForAsync(LegalA, 10, default));
        Assert.Equal([id], (await world.Service.WaitingForAsync(Compliance, 10, default)).Select(d => d.Draft.Id));
    }

    [Fact]
    public async Task My_drafts_and_account_drafts_list_newest_first()
    {
        var world = await CreateAsync(azurite);
        var first = (await world.Service.SubmitAsync(Spokesperson, AccountId, DraftContent.TextOnly("First."), default)).Value.Overview.Draft.Id;
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = (await world.Service.SubmitAsync(Spokesperson, AccountId, DraftContent.TextOnly("Second."), default)).Value.Overview.Draft.Id;

        Assert.Equal([second, first], (await world.Drafts.ListBySubmitterAsync(Spokesperson.Id, 10, default)).Select(d => d.Id));
        Assert.Equal([second, first], (await world.Drafts.ListByAccountAsync(AccountId, 10, default)).Select(d => d.Id));
        Assert.Empty(await world.Drafts.ListBySubmitterAsync(Outsider.Id, 10, default));
    }

    [Fact]
    public async Task A_facebook_length_text_is_stored_and_read_back_exactly()
    {
        var world = await CreateAsync(azurite);
        await world.Accounts.SaveAsync(new CompanyAccount("facebook-contoso", Platform.Facebook, "contoso", "Contoso on Facebook", Owner), default);
        await world.Grants.SaveAsync(new("g-fb", Spokesperson.Id, Core.Spokespersons.GrantScope.ForPlatform(Platform.Facebook), Owner.Id, world.Clock.GetUtcNow().AddDays(-1)), default);
        var text = string.Concat(Enumerable.Range(0, 63_206).Select(i => (char)('a' + i % 26))).Insert(100, "é漢");
        text = text[..63_206];

        var submitted = await world.Service.SubmitAsync(Spokesperson, "facebook-contoso", DraftContent.TextOnly(text), default);

        var stored = (await world.Drafts.GetAsync(submitted.Value.Overview.Draft.Id, default))!.Draft;
        Assert.Equal(text, stored.CurrentRevision.Content.Text);
    }
}
