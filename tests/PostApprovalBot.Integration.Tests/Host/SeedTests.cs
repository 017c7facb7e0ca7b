using PostApprovalBot.Core.Ports;
using PostApprovalBot.Host.Seed;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Integration.Tests.Host;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Host")]
public sealed class SeedTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_demo_seed_applied_twice_leaves_the_same_rows()
    {
        await using var bot = BotFactory.OnAzurite(azurite, ("Seed:Path", ""));
        var services = bot.Services;
        await services.GetRequiredService<TableStorage>().EnsureTablesAsync(default);
        var seed = services.GetRequiredService<SeedLoader>();
        var options = Microsoft.Extensions.Options.Options.Create(new SeedOptions { Path = "config/seed.demo.json" });
        var loader = ActivatorUtilities.CreateInstance<SeedLoader>(services, options);

        await loader.ApplyAsync(default);
        var first = await SnapshotAsync(services);
        await loader.ApplyAsync(default);
        var second = await SnapshotAsync(services);

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.NotNull(seed);
    }

    [Fact]
    public async Task A_restart_applies_the_seed_again_without_undoing_what_admins_changed()
    {
        await using var bot = BotFactory.OnAzurite(azurite, ("Seed:Path", ""));
        var services = bot.Services;
        await services.GetRequiredService<TableStorage>().EnsureTablesAsync(default);
        var loader = ActivatorUtilities.CreateInstance<SeedLoader>(services,
            Microsoft.Extensions.Options.Options.Create(new SeedOptions { Path = "config/seed.demo.json" }));
        var groups = services.GetRequiredService<IApproverGroupStore>();
        var policy = services.GetRequiredService<IPolicyStore>();
        await loader.ApplyAsync(default);
        var legal = (await groups.GetAllAsync(default))["legal"];
        var noah = Core.People.Person.FromEmail("noah.newcomer@contoso.com", "Noah Newcomer");
        await groups.SaveAsync(legal with { Members = [.. legal.Members, noah] }, default);
        var document = await policy.GetDocumentAsync(default);
        await policy.SaveAsync(document with { AllowedLinkDomains = [.. document.AllowedLinkDomains, "fabrikam.com"] }, default);

        await loader.ApplyAsync(default);

        Assert.Contains(noah.Id, (await groups.GetAllAsync(default))["legal"].Members.Select(m => m.Id));
        Assert.Contains("fabrikam.com", (await policy.GetDocumentAsync(default)).AllowedLinkDomains);
    }

    private static async Task<List<string>> SnapshotAsync(IServiceProvider services)
    {
        var accounts = await services.GetRequiredService<IAccountStore>().ListAsync(default);
        var grants = await services.GetRequiredService<IGrantStore>().ListAllAsync(default);
        var groups = await services.GetRequiredService<IApproverGroupStore>().GetAllAsync(default);
        return accounts.Select(a => a.ToString())
            .Concat(grants.Select(g => $"{g.Id} {g.Person} {g.Scope} {g.GrantedAt:O}"))
            .Concat(groups.Values.Select(g => $"{g.Id} {string.Join(",", g.Members)}"))
            .ToList();
    }
}
