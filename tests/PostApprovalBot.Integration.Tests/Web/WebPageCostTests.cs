using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Storage;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Integration.Tests.Web;

/// <summary>
/// A page of the web view reads what it shows, never the history: the queue, a draft and the audit explorer cost the same
/// table requests when twice as many drafts are stored (both sizes past a page, so each list is full at both).
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Storage")]
public sealed class WebPageCostTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Lena = "lena.legal@contoso.com";
    private const string Ada = "ada.admin@contoso.com";
    private WebViewHost host = null!;
    // Only what the host does while it answers a page (the request's HttpContext flows into the storage call), not the
    // workers' background requests at the same moment. HttpContextAccessor keeps the request in a static AsyncLocal.
    private static readonly HttpContextAccessor Http = new();
    private readonly TableRequestLog log = new(AzuriteFixture.NewPrefix(), () => Http.HttpContext?.Request.Path.StartsWithSegments("/web") == true);

    public async Task InitializeAsync() => host = await WebViewHost.StartAsync(azurite,
        services => services.PostConfigure<StorageOptions>(options => { if (!options.PipelinePolicies.Contains(log)) options.PipelinePolicies.Add(log); }),
        // The configuration's version check (one read a second at most) would land in one page or another: not part of a page's cost.
        ("Storage:TablePrefix", log.TablePrefix), ("Storage:ConfigurationRefresh", "01:00:00"));

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_queue_a_draft_and_the_audit_explorer_cost_the_same_at_60_and_at_120_drafts()
    {
        var first = await SubmitAsync(60);
        using var lena = await host.SignedInAsync(Lena);
        using var ada = await host.SignedInAsync(Ada);
        var pages = new (HttpClient Who, string Path)[] { (lena, "/web/drafts"), (lena, $"/web/drafts/{first}"), (ada, "/web/audit") };

        var at60 = await CostsAsync(pages);
        await SubmitAsync(60);
        var at120 = await CostsAsync(pages);

        output.WriteLine("table requests per page at 60 and 120 drafts: " + string.Join("; ", at60.Select(c => $"{c.Key} {c.Value} and {at120[c.Key]}")));
        Assert.All(at60, cost => Assert.True(cost.Value > 0, $"{cost.Key} read nothing: the log is not counting."));
        Assert.Equal(at60, at120);
    }

    private async Task<string> SubmitAsync(int count)
    {
        var drafts = host.Services.GetRequiredService<DraftService>();
        var emma = Person.FromEmail("emma.employee@contoso.com", "Emma Employee");
        string? first = null;
        for (var i = 0; i < count; i++)
        {
            var submitted = await drafts.SubmitAsync(emma, "linkedin-contoso", DraftContent.TextOnly($"Open house number {i} at contoso.com/careers."), default);
            first ??= submitted.Value.Overview.Draft.Id;
        }
        // The waiting lists and the ledger are written by the dispatcher after each commit: measure once it is done.
        Assert.Equal(0, await OutboxRows.DrainedAsync(host.Services.GetRequiredService<TableStorage>(), TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(200)));
        return first!;
    }

    private async Task<Dictionary<string, int>> CostsAsync((HttpClient Who, string Path)[] pages)
    {
        var costs = new Dictionary<string, int>();
        foreach (var (who, path) in pages)
        {
            await who.GetStringAsync(path); // warm: the configuration cache and the person's contact
            log.Clear();
            var page = await who.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            costs[path.StartsWith("/web/drafts/", StringComparison.Ordinal) ? "/web/drafts/<id>" : path] = log.Requests.Count;
        }
        return costs;
    }
}
