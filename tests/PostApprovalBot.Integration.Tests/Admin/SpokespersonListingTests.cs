using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;
using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Spokespersons;
using PostApprovalBot.Storage;
using PostApprovalBot.Storage.Configuration;
using PostApprovalBot.Storage.Diagnostics;

namespace PostApprovalBot.Integration.Tests.Admin;

/// <summary>
/// "Who may speak for an account" reads the grants that answer it, never the grants history: the admin API's answer costs
/// the same table requests and reads the same rows with 20 and with 80 grants of other people and accounts stored, and
/// holds exactly the grants in force that cover the account (its own and its platform's).
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Admin")]
public sealed class SpokespersonListingTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Ada = "ada.admin@contoso.com";
    private const string Emma = "emma.employee@contoso.com"; // the demo seed's spokesperson of linkedin-contoso
    private const string Account = "linkedin-contoso";
    private const string WhoMaySpeak = $"/admin/api/v1/accounts/{Account}/spokespersons";
    // Only what the host does while it answers the admin API, not the workers' background requests at the same moment.
    private static readonly HttpContextAccessor Http = new();
    private readonly TableRequestLog log = new(AzuriteFixture.NewPrefix(), () => Http.HttpContext?.Request.Path.StartsWithSegments("/admin/api") == true);
    private AdminApiHost host = null!;

    public async Task InitializeAsync() => host = await AdminApiHost.StartAsync(azurite, Ada,
        services => services.PostConfigure<StorageOptions>(options => { if (!options.PipelinePolicies.Contains(log)) options.PipelinePolicies.Add(log); }),
        // The configuration's version check (one read a second at most) would land in one answer or another: not part of its cost.
        ("Storage:TablePrefix", log.TablePrefix), ("Storage:ConfigurationRefresh", "01:00:00"));

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Who_may_speak_for_an_account_costs_the_same_with_20_and_with_80_other_grants_stored()
    {
        var grants = host.Services.GetRequiredService<GrantRepository>();
        var now = DateTimeOffset.UtcNow;
        await grants.SaveAsync(Grant("paula", GrantScope.ForPlatform(Platform.LinkedIn), now.AddDays(-3)), default);
        await grants.SaveAsync(Grant("rita", GrantScope.ForAccount(Account), now.AddDays(-3)), default);
        await grants.SaveAsync(Grant("rita", GrantScope.ForAccount(Account), now.AddDays(-3)).Revoke(PersonId.FromEmail(Ada), now.AddDays(-1)), default);
        await grants.SaveAsync(Grant("ed", GrantScope.ForAccount(Account), now.AddDays(-3)) with { ExpiresAt = now.AddDays(-1) }, default);
        using var ada = host.As(Ada, AdminApiHost.Role);

        await StoreOtherGrantsAsync(grants, 0, 20, now);
        var (at20, who20) = await AskAsync(ada);
        await StoreOtherGrantsAsync(grants, 20, 80, now);
        var (at80, who80) = await AskAsync(ada);

        output.WriteLine($"with 20 other grants: {Describe(at20)}; with 80: {Describe(at80)}");
        Assert.Equal([Emma, "paula@contoso.com"], who80);
        Assert.Equal(who20, who80);
        Assert.Equal([("grantsbyscope", TableRequestKind.Query), ("grantsbyscope", TableRequestKind.Query)], at20.Requests);
        Assert.Equal(at20.Requests, at80.Requests);
        Assert.Equal(at20.Rows, at80.Rows);
        Assert.Equal(2, at20.Rows); // Ed's grant, ended, was dropped from the listing by the first reader: Emma's and Paula's are left
    }

    [Fact]
    public async Task A_revoked_grant_disappears_from_who_may_speak()
    {
        using var ada = host.As(Ada, AdminApiHost.Role);
        var grant = new { email = "noah@contoso.com", platform = "linkedin" };

        Assert.Equal(HttpStatusCode.OK, (await ada.PostAsJsonAsync("/admin/api/v1/spokespersons", grant)).StatusCode);
        Assert.Contains("noah@contoso.com", (await AskAsync(ada)).Who);
        Assert.Equal(HttpStatusCode.OK, (await ada.PostAsJsonAsync("/admin/api/v1/spokespersons/revoke", grant)).StatusCode);

        Assert.Equal([Emma], (await AskAsync(ada)).Who);
    }

    // Other people's grants for other accounts and platforms, and the account's own revoked history.
    private static async Task StoreOtherGrantsAsync(GrantRepository grants, int from, int to, DateTimeOffset now)
    {
        GrantScope[] elsewhere = [GrantScope.ForAccount("x-contoso"), GrantScope.ForPlatform(Platform.X), GrantScope.ForAccount("linkedin-fabrikam")];
        for (var i = from; i < to; i++)
        {
            var grant = Grant($"other{i}", i % 4 < 3 ? elsewhere[i % 4] : GrantScope.ForAccount(Account), now.AddDays(-2));
            await grants.SaveAsync(grant, default);
            if (i % 4 == 3) await grants.SaveAsync(grant.Revoke(PersonId.FromEmail(Ada), now.AddDays(-1)), default);
        }
    }

    private async Task<(Cost Cost, List<string> Who)> AskAsync(HttpClient ada)
    {
        await ada.GetStringAsync(WhoMaySpeak); // warm: the configuration cache (the account)
        log.Clear();
        var answer = await ada.GetFromJsonAsync<JsonElement>(WhoMaySpeak);
        var cost = new Cost(log.Requests.ToList(), log.RowsRead);
        return (cost, answer.EnumerateArray().Select(g => g.GetProperty("person").GetProperty("value").GetString()!).ToList());
    }

    private static SpokespersonGrant Grant(string name, GrantScope scope, DateTimeOffset at) =>
        new($"g-{name}-{scope}".Replace(' ', '-'), PersonId.FromEmail($"{name}@contoso.com"), scope, PersonId.FromEmail(Ada), at);

    private static string Describe(Cost cost) =>
        $"{cost.Requests.Count} table requests ({string.Join(", ", cost.Requests.Select(r => $"{r.Table} {r.Operation}"))}), {cost.Rows} rows";

    private sealed record Cost(List<(string Table, string Operation)> Requests, int Rows);
}
