using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;

namespace PostApprovalBot.Integration.Tests.Host;

/// <summary>The app manifests name routes the real host serves: read from its endpoint table, not from a list kept by hand.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Deployment")]
public sealed class ManifestRoutesTests(AzuriteFixture azurite)
{
    private static readonly Regex ManifestUrl = new(@"https://\{\{HOST\}\}(?<path>/[A-Za-z0-9/_-]*)");
    private static readonly Regex TeamsManifestUrl = new(@"^https://\{\{BOT_HOST\}\}(?<path>/[A-Za-z0-9/_-]*)$");

    private static IReadOnlyList<(string Pattern, IReadOnlyList<string> Methods)> Endpoints(BotFactory bot) =>
        bot.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => ("/" + e.RoutePattern.RawText!.TrimStart('/'),
                (IReadOnlyList<string>)(e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])))
            .ToList();

    [Fact]
    public async Task Every_url_in_the_slack_manifest_is_a_post_endpoint_of_the_host()
    {
        await using var bot = BotFactory.OnAzurite(azurite);
        var endpoints = Endpoints(bot);
        var manifest = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "manifest", "slack", "manifest.yaml"));

        var paths = ManifestUrl.Matches(manifest).Select(m => m.Groups["path"].Value).Distinct().ToList();

        Assert.Equal(["/slack/commands", "/slack/events", "/slack/interactions"], paths.Order());
        Assert.All(paths, path => Assert.Contains(endpoints, e => e.Pattern == path && e.Methods.Contains("POST")));
    }

    [Fact]
    public async Task Every_tab_url_in_the_teams_manifest_is_a_page_the_host_serves()
    {
        await using var bot = BotFactory.OnAzurite(azurite);
        var endpoints = Endpoints(bot);
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "manifest", "teams", "manifest.json")));

        // Only the tabs: developer.websiteUrl, privacyUrl and termsOfUseUrl are the operator's to point elsewhere (docs/deployment.md step 5).
        var paths = manifest.RootElement.GetProperty("staticTabs").EnumerateArray()
            .SelectMany(tab => tab.EnumerateObject().Where(p => p.Name.EndsWith("Url", StringComparison.Ordinal)))
            .Select(p => TeamsManifestUrl.Match(p.Value.GetString()!).Groups["path"].Value)
            .Distinct().ToList();

        // Razor Pages name their route without the leading slash and in the folder's case, and answer any method.
        Assert.Equal(["/web/drafts", "/web/teams"], paths.Order());
        Assert.All(paths, path => Assert.Contains(endpoints, e =>
            string.Equals(e.Pattern.TrimEnd('/'), path, StringComparison.OrdinalIgnoreCase) && (e.Methods.Count == 0 || e.Methods.Contains("GET"))));
    }

    [Fact]
    public async Task The_bot_messaging_endpoint_and_health_path_used_by_the_infrastructure_exist()
    {
        await using var bot = BotFactory.OnAzurite(azurite);
        var endpoints = Endpoints(bot);
        var bicep = string.Concat(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "infra"), "*.bicep", SearchOption.AllDirectories).Select(File.ReadAllText));

        Assert.Contains("/api/messages", bicep);
        Assert.Contains("healthCheckPath: '/readyz'", bicep);
        Assert.Contains(endpoints, e => e.Pattern == "/api/messages" && e.Methods.Contains("POST"));
        Assert.Contains(endpoints, e => e.Pattern == "/healthz");
        Assert.Contains(endpoints, e => e.Pattern == "/readyz");
    }
}
