using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Storage.Chat;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Integration.Tests.Storage;

/// <summary>Posted cards are remembered per draft, channel, role, person and stage, on real tables.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Workflow")]
public sealed class PostedCardTrackingTests(AzuriteFixture azurite)
{
    private static readonly PersonId Lena = PersonId.FromEmail("lena@contoso.com");

    private async Task<PostedCardRepository> RepositoryAsync()
    {
        var storage = new TableStorage(new PostApprovalBot.Storage.StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = AzuriteFixture.NewPrefix() });
        await storage.EnsureTablesAsync(default);
        return new PostedCardRepository(storage);
    }

    [Fact]
    public async Task A_person_in_two_parallel_stages_has_both_cards_tracked()
    {
        var cards = await RepositoryAsync();

        await cards.SaveAsync(new PostedCard("P-AAAAAA", ChatChannel.Teams, PostedCardRole.Approval, Lena, "legal-card", "Legal"), default);
        await cards.SaveAsync(new PostedCard("P-AAAAAA", ChatChannel.Teams, PostedCardRole.Approval, Lena, "compliance-card", "Compliance"), default);

        var tracked = await cards.ListAsync("P-AAAAAA", ChatChannel.Teams, default);
        Assert.Equal(["compliance-card", "legal-card"], tracked.Select(c => c.MessageAddress).Order());
    }

    [Fact]
    public async Task A_card_posted_again_for_the_same_stage_replaces_the_one_remembered()
    {
        var cards = await RepositoryAsync();

        await cards.SaveAsync(new PostedCard("P-AAAAAA", ChatChannel.Slack, PostedCardRole.Approval, Lena, "D1|1.1", "Legal"), default);
        await cards.SaveAsync(new PostedCard("P-AAAAAA", ChatChannel.Slack, PostedCardRole.Approval, Lena, "D1|2.2", "Legal"), default);
        await cards.SaveAsync(new PostedCard("P-AAAAAA", ChatChannel.Slack, PostedCardRole.Status, Lena, "D1|3.3"), default);

        var tracked = await cards.ListAsync("P-AAAAAA", ChatChannel.Slack, default);
        Assert.Equal(["D1|2.2", "D1|3.3"], tracked.Select(c => c.MessageAddress).Order());
        Assert.Empty(await cards.ListAsync("P-AAAAAA", ChatChannel.Teams, default));
    }
}
