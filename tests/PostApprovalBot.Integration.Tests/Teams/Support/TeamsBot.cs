using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Hosting;
using PostApprovalBot.Host.Storage;
using PostApprovalBot.Teams;

namespace PostApprovalBot.Integration.Tests.Teams.Support;

/// <summary>
/// The bot on Azurite with every Teams peer on loopback: a Bot Framework key server with a key made here, an Entra token endpoint for MSAL,
/// and the Bot Connector. Activities are posted to /api/messages with tokens minted by the test.
/// </summary>
public sealed class TeamsBot : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan InvokeDeadline = TimeSpan.FromSeconds(5);
    private readonly TeamsHostFactory factory;
    private readonly string seedPath;

    private TeamsBot(TeamsHostFactory factory, string seedPath, BotFrameworkKeys keys, EntraStandIn entra, ConnectorStandIn connector)
    {
        this.factory = factory;
        this.seedPath = seedPath;
        Keys = keys;
        Entra = entra;
        Connector = connector;
        Http = factory.CreateClient();
    }

    public static ChannelKey TeamsKey { get; } = new("teams-key-1", "msteams");

    /// <summary>A published key that may sign for Web Chat only, not for Teams.</summary>
    public static ChannelKey WebChatKey { get; } = new("webchat-key-1", "webchat");

    public BotFrameworkKeys Keys { get; }

    public EntraStandIn Entra { get; }

    public ConnectorStandIn Connector { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => factory.Services;

    /// <summary>Every card the bot answered a click with, in order (cards it sent through the connector are in <see cref="Connector"/>).</summary>
    public ConcurrentQueue<JsonObject> InvokeAnswers { get; } = new();

    public string ServiceUrl => Connector.ServiceUrl;

    public static Task<TeamsBot> StartAsync(AzuriteFixture azurite, params (string Key, string? Value)[] overrides) => StartAsync(azurite, null, overrides);

    /// <summary>Starts the bot with services of the test's own replacing the host's (e.g. a controllable clock).</summary>
    public static async Task<TeamsBot> StartAsync(AzuriteFixture azurite, Action<IServiceCollection>? testServices, params (string Key, string? Value)[] overrides)
    {
        var keys = await BotFrameworkKeys.StartAsync(TeamsKey, WebChatKey);
        var entra = await EntraStandIn.StartAsync();
        var connector = await ConnectorStandIn.StartAsync(TeamsPersona.Everyone);
        var seed = TeamsCompany.WriteSeed();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = AzuriteFixture.NewPrefix(),
            ["Seed:Path"] = seed,
            ["Teams:AppId"] = ChannelToken.AppId,
            ["Teams:AppPassword"] = "test-client-secret",
            ["Teams:OpenIdMetadataUrl"] = keys.MetadataUrl,
            ["Teams:AuthorityHost"] = entra.AuthorityHost,
            ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        };
        var environment = "Development";
        foreach (var (key, value) in overrides)
        {
            if (key == "environment") environment = value!;
            else settings[key] = value;
        }

        var factory = new TeamsHostFactory(settings, environment, services =>
        {
            services.AddHttpClient(TeamsServiceCollectionExtensions.EntraHttpClient).ConfigurePrimaryHttpMessageHandler(entra.CreateTrustingHandler);
            testServices?.Invoke(services);
        });
        factory.Start();
        var bot = new TeamsBot(factory, seed, keys, entra, connector);
        var bootstrapper = factory.Services.GetServices<IHostedService>().OfType<TableBootstrapper>().Single();
        await bootstrapper.Ready.WaitAsync(Patience);
        return bot;
    }

    public string ValidToken() => new ChannelToken { ServiceUrl = ServiceUrl }.SignWith(TeamsKey);

    /// <summary>Posts an activity with the given Authorization header (null: none at all).</summary>
    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await Http.SendAsync(request);
    }

    public async Task SendAsync(JsonObject activity)
    {
        using var response = await PostAsync(activity, "Bearer " + ValidToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public Task SayAsync(TeamsPersona from, string text) => SendAsync(TeamsActivities.Message(ServiceUrl, from, text));

    /// <summary>Opens each persona's 1:1 chat with the bot, as installing the app does; the bot greets each.</summary>
    public async Task InstallAsync(params TeamsPersona[] people)
    {
        foreach (var person in people) await SendAsync(TeamsActivities.BotAdded(ServiceUrl, person));
    }

    /// <summary>Clicks an Action.Execute button and returns the invoke answer's body.</summary>
    public async Task<JsonObject> ClickAsync(TeamsPersona from, string verb, JsonObject data, bool automatic = false)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var response = await PostAsync(TeamsActivities.CardClick(ServiceUrl, from, verb, data, automatic), "Bearer " + ValidToken());
        // Teams gives an invoke five seconds before it shows the person a failure.
        Assert.True(clock.Elapsed < InvokeDeadline, $"The '{verb}' click took {clock.Elapsed.TotalSeconds:F1} s.");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        if ((string?)answer["type"] == "application/vnd.microsoft.card.adaptive") InvokeAnswers.Enqueue(answer["value"]!.AsObject());
        return answer;
    }

    /// <summary>Waits (bounded) until the connector saw a call matching <paramref name="match"/>; notifications are delivered asynchronously.</summary>
    public async Task<ConnectorCall> WaitForAsync(string what, Func<ConnectorCall, bool> match)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (Connector.Calls.FirstOrDefault(match) is { } call) return call;
            await Task.Delay(50);
        }

        var seen = string.Join("\n", Connector.Calls.Select(c => $"{c.Method} {c.Path}: {c.CardText.Split('\n').FirstOrDefault()}"));
        throw new TimeoutException($"Within {Patience.TotalSeconds} s the connector never saw {what}. It saw:\n{seen}");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await factory.DisposeAsync();
        await Connector.DisposeAsync();
        await Entra.DisposeAsync();
        await Keys.DisposeAsync();
        File.Delete(seedPath);
    }
}
