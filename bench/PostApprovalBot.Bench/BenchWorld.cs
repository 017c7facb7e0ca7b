using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using PostApprovalBot.Host.Storage;
using PostApprovalBot.Storage;
using PostApprovalBot.Teams;

namespace PostApprovalBot.Bench;

/// <summary>
/// Azurite, the bot on real Kestrel (loopback, free port) with Teams authentication and Slack signing on, and every
/// peer on loopback: the Bot Framework key server, Entra, the Bot Connector and the Slack Web API.
/// </summary>
public sealed class BenchWorld : IAsyncDisposable
{
    public const string SigningSecret = "bench-slack-signing-secret";
    private static readonly ChannelKey TeamsKey = new("bench-key-1", "msteams");
    private readonly string _seedPath;
    private readonly BotFrameworkKeys _keys;
    private readonly EntraStandIn _entra;
    private readonly IReadOnlyList<TeamsHostFactory> _hosts;

    private BenchWorld(AzuriteServer azurite, string prefix, BenchCompany company, string seedPath, BotFrameworkKeys keys, EntraStandIn entra,
        ConnectorStandIn connector, SlackWebApiStandIn slack, IReadOnlyList<TeamsHostFactory> hosts, TableRequestCounter counter)
    {
        var host = hosts[0];
        _hosts = hosts;
        Azurite = azurite;
        TablePrefix = prefix;
        Company = company;
        _seedPath = seedPath;
        _keys = keys;
        _entra = entra;
        Connector = connector;
        Slack = slack;
        Host = host;
        Counter = counter;
        // One instance: the factory's own client. Several: each request goes to the next instance in turn, as a load balancer would.
        Http = hosts.Count == 1
            ? host.CreateDefaultClient(new StepHeaderHandler())
            : new HttpClient(new StepHeaderHandler { InnerHandler = new InstancesInTurn(hosts.Select(h => h.CreateDefaultClient().BaseAddress!).ToList()) })
            { BaseAddress = host.CreateDefaultClient().BaseAddress };
        Http.Timeout = TimeSpan.FromSeconds(60);
        SlackRequests = new SlackSignedRequests(Http, SigningSecret);
        Token = new ChannelToken { ServiceUrl = connector.ServiceUrl }.SignWith(TeamsKey);
    }

    public AzuriteServer Azurite { get; }
    public string TablePrefix { get; }
    public BenchCompany Company { get; }
    public ConnectorStandIn Connector { get; }
    public SlackWebApiStandIn Slack { get; }
    /// <summary>The first instance: in-process services (the core, the storage) are taken from it.</summary>
    public TeamsHostFactory Host { get; }
    public TableRequestCounter Counter { get; }
    public HttpClient Http { get; }
    public SlackSignedRequests SlackRequests { get; }

    /// <summary>Sessions of the web view (pages under /web) on the first instance.</summary>
    public WebViewSessions Web { get; private init; } = null!;

    /// <summary>A channel token good for an hour, minted once: the bot validates every request as Teams' would be.</summary>
    public string Token { get; }

    public string ServiceUrl => Connector.ServiceUrl;

    /// <param name="settings">Host settings added to (or replacing) the benchmark's own, e.g. <c>Workflow:ClockInterval</c>.</param>
    /// <param name="instances">Hosts on the same tables, each with its own Kestrel, caches and workers.</param>
    public static async Task<BenchWorld> StartAsync(BenchCompany company, IReadOnlyDictionary<string, string?>? settings = null, int instances = 1)
    {
        var azurite = await AzuriteServer.StartAsync();
        var keys = await BotFrameworkKeys.StartAsync(TeamsKey);
        var entra = await EntraStandIn.StartAsync();
        var connector = await ConnectorStandIn.StartAsync(company.Everyone.Select(p => p.Teams).OfType<TeamsPersona>());
        var slack = await SlackWebApiStandIn.StartAsync(company.Everyone.Select(p => p.Slack).OfType<SlackTestUser>());
        var seed = company.WriteSeed();
        var prefix = "bench" + Guid.NewGuid().ToString("N")[..8];
        var counter = new TableRequestCounter(prefix);
        var hostSettings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = prefix,
            ["Seed:Path"] = seed,
            ["Teams:AppId"] = ChannelToken.AppId,
            ["Teams:AppPassword"] = "bench-client-secret",
            ["Teams:OpenIdMetadataUrl"] = keys.MetadataUrl,
            ["Teams:AuthorityHost"] = entra.AuthorityHost,
            ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = SlackWebApiStandIn.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in WebViewSessions.Settings) hostSettings[key] = value;
        var web = new WebViewSessions();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) hostSettings[key] = value;
        var hosts = Enumerable.Range(0, instances).Select(_ => new TeamsHostFactory(hostSettings, "Production", services =>
        {
            services.AddHttpClient(TeamsServiceCollectionExtensions.EntraHttpClient).ConfigurePrimaryHttpMessageHandler(entra.CreateTrustingHandler);
            services.PostConfigure<StorageOptions>(o => o.PipelinePolicies.Add(counter));
            services.AddSingleton<IStartupFilter, RequestScopes>();
            web.Trust(services);
        })).ToList();
        foreach (var host in hosts)
        {
            host.Start();
            await host.Services.GetServices<IHostedService>().OfType<TableBootstrapper>().Single().Ready.WaitAsync(TimeSpan.FromSeconds(60));
        }
        var world = new BenchWorld(azurite, prefix, company, seed, keys, entra, connector, slack, hosts, counter) { Web = web };
        await world.IntroduceEveryoneAsync();
        return world;
    }

    public async Task<HttpResponseMessage> PostActivityAsync(JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Token);
        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        foreach (var host in _hosts) await host.DisposeAsync();
        await Connector.DisposeAsync();
        await Slack.DisposeAsync();
        await _entra.DisposeAsync();
        await _keys.DisposeAsync();
        await Azurite.DisposeAsync();
        File.Delete(_seedPath);
    }

    // Teams people install the app (the bot greets them and keeps their 1:1 chat); Slack people open the App Home.
    private async Task IntroduceEveryoneAsync()
    {
        foreach (var person in Company.Everyone)
        {
            if (person.Teams is { } teams)
            {
                using var response = await PostActivityAsync(TeamsActivities.BotAdded(ServiceUrl, teams));
                Expect(response, $"{person.Name} installing the app");
            }
            else
            {
                using var response = await SlackRequests.EventAsync("Ev" + Guid.NewGuid().ToString("N")[..16], new JsonObject
                {
                    ["type"] = "app_home_opened", ["user"] = person.Slack!.UserId, ["channel"] = person.Slack.DirectChannel, ["tab"] = "home",
                    ["event_ts"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + ".000200",
                });
                Expect(response, $"{person.Name} opening the App Home");
            }
        }
        var slackPeople = Company.Everyone.Count(p => p.Slack is not null);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Slack.Calls.Where(c => c.Method == "views.publish").Select(c => c.Argument("user_id")).Distinct().Count() < slackPeople)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The Slack people's App Home tabs were not all published within 60 s.");
            await Task.Delay(100);
        }
    }

    private static void Expect(HttpResponseMessage response, string what)
    {
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{what} was answered {(int)response.StatusCode}.");
    }
}
