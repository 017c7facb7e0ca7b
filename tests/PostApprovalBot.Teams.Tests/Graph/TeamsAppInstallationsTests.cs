using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using PostApprovalBot.Teams.Graph;

namespace PostApprovalBot.Teams.Tests.Graph;

/// <summary>The Graph side of proactive installation, over the real SDK with answers scripted per request.</summary>
[Trait("Category", "Teams")]
public sealed class TeamsAppInstallationsTests
{
    private const string User = "00000000-0000-4000-8000-000000000002";
    private readonly ScriptedGraph graph = new();

    private TeamsAppInstallations Installations(string catalogAppId = "catalog-1") => new(
        new GraphServiceClient(new HttpClient(graph), new AnonymousAuthenticationProvider(), "https://graph.test/v1.0"),
        Options.Create(new TeamsOptions { AppId = "bot-app", CatalogAppId = catalogAppId, GraphBaseUrl = "https://graph.test/v1.0" }));

    [Fact]
    public async Task An_app_already_installed_is_reused_and_not_installed_again()
    {
        graph.Answer("GET", "/installedApps", HttpStatusCode.OK, """{"value":[{"id":"inst-1","teamsApp":{"id":"catalog-1"}}]}""");

        var installation = await Installations().EnsureInstalledAsync(User, default);

        Assert.Equal("inst-1", installation);
        Assert.DoesNotContain(graph.Seen, r => r.Method == "POST");
    }

    [Fact]
    public async Task A_conflict_on_install_means_another_delivery_installed_it()
    {
        graph.Answer("GET", "/installedApps", HttpStatusCode.OK, """{"value":[]}""", """{"value":[{"id":"inst-2","teamsApp":{"id":"catalog-1"}}]}""");
        graph.Answer("POST", "/installedApps", HttpStatusCode.Conflict, """{"error":{"code":"Conflict","message":"App is already installed."}}""");

        var installation = await Installations().EnsureInstalledAsync(User, default);

        Assert.Equal("inst-2", installation);
        var post = Assert.Single(graph.Seen, r => r.Method == "POST");
        Assert.Contains("\"teamsApp@odata.bind\":\"https://graph.test/v1.0/appCatalogs/teamsApps/catalog-1\"", post.Body);
    }

    [Fact]
    public async Task The_catalog_id_is_looked_up_once_by_the_manifest_id_when_not_configured()
    {
        graph.Answer("GET", "/appCatalogs/teamsApps", HttpStatusCode.OK, """{"value":[{"id":"catalog-9","externalId":"bot-app"}]}""");
        graph.Answer("GET", "/installedApps", HttpStatusCode.OK, """{"value":[{"id":"inst-9","teamsApp":{"id":"catalog-9"}}]}""");
        var installations = Installations(catalogAppId: "");

        await installations.EnsureInstalledAsync(User, default);
        await installations.EnsureInstalledAsync(User, default);

        var lookup = Assert.Single(graph.Seen, r => r.Path.EndsWith("/appCatalogs/teamsApps", StringComparison.Ordinal));
        Assert.Contains("externalId eq 'bot-app'", lookup.Query);
    }

    [Fact]
    public async Task A_person_is_found_by_mail_with_quotes_escaped_and_unknown_people_are_null()
    {
        graph.Answer("GET", "/users", HttpStatusCode.OK, """{"value":[]}""");

        Assert.Null(await Installations().FindUserAsync("o'neil@contoso.com", default));
        Assert.Contains("mail eq 'o''neil@contoso.com'", Assert.Single(graph.Seen).Query);
    }

    /// <summary>Answers requests whose path ends with a suffix, in order (the last answer repeats), and keeps what it saw.</summary>
    private sealed class ScriptedGraph : HttpMessageHandler
    {
        private readonly List<(string Method, string Suffix, HttpStatusCode Status, Queue<string> Bodies)> answers = [];

        public List<(string Method, string Path, string Query, string Body)> Seen { get; } = [];

        public void Answer(string method, string pathSuffix, HttpStatusCode status, params string[] bodies) =>
            answers.Add((method, pathSuffix, status, new Queue<string>(bodies)));

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            var path = request.RequestUri!.AbsolutePath;
            Seen.Add((request.Method.Method, path, Uri.UnescapeDataString(request.RequestUri.Query), body));
            var (_, _, status, bodies) = answers.First(a => a.Method == request.Method.Method && path.EndsWith(a.Suffix, StringComparison.Ordinal));
            var json = bodies.Count > 1 ? bodies.Dequeue() : bodies.Peek();
            return new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
