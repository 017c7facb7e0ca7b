using Microsoft.Extensions.Options;
using PostApprovalBot.Teams.Connector;

namespace PostApprovalBot.Teams.Tests.Support;

/// <summary>A connector client pointed at a fresh loopback Bot Connector stand-in (127.0.0.1 trusted), with fast retries.</summary>
public abstract class ConnectorTestBase : IAsyncLifetime
{
    protected const string PersonalChat = "a:1pQ9xYz";
    protected static readonly ConnectorRetryPolicy FastRetries = new()
    {
        MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromSeconds(3), AttemptTimeout = TimeSpan.FromSeconds(5),
    };

    private readonly HttpClient http = new();

    internal CountingTokenSource Tokens { get; } = new();

    internal ScriptedStandIn Connector { get; private set; } = null!;

    internal BotConnectorClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await ScriptedConnector.StartAsync();
        Client = CreateClient(FastRetries);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await Connector.DisposeAsync();
    }

    internal ConversationReference Conversation() => new(Connector.BaseUri.ToString(), PersonalChat);

    internal BotConnectorClient CreateClient(ConnectorRetryPolicy retry) =>
        new(http, Tokens, Options.Create(new TeamsOptions { AppId = ChannelToken.AppId, AllowedServiceUrlHosts = ["127.0.0.1"] }), retry);
}
