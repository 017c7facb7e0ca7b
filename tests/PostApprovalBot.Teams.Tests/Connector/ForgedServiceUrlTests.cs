using Microsoft.Extensions.Options;
using PostApprovalBot.Teams.Connector;

namespace PostApprovalBot.Teams.Tests.Connector;

[Trait("Category", "Security")]
public sealed class ForgedServiceUrlTests : IAsyncLifetime
{
    private readonly HttpClient http = new();
    private readonly CountingTokenSource tokens = new();
    private ScriptedStandIn attacker = null!;
    private BotConnectorClient client = null!;

    public async Task InitializeAsync()
    {
        attacker = await ScriptedConnector.StartAsync();

        // Only the official hosts are trusted; "localhost" reaches the same loopback server but is not on the list.
        client = new BotConnectorClient(http, tokens, Options.Create(new TeamsOptions { AppId = ChannelToken.AppId }));
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await attacker.DisposeAsync();
    }

    [Fact]
    public async Task Forged_service_url_never_receives_the_token()
    {
        var forged = new ConversationReference($"http://localhost:{attacker.BaseUri.Port}/teams/", "a:victim");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(forged, OutboundMessage.Plain("hi"), CancellationToken.None));

        Assert.Equal((ConnectorFailure.UntrustedServiceUrl, false), (failure.Failure, failure.IsRetryable));
        Assert.Empty(attacker.Requests);
        Assert.Equal(0, tokens.Requests);
    }

    [Fact]
    public async Task Every_operation_checks_the_service_url_first()
    {
        var forged = $"http://localhost:{attacker.BaseUri.Port}/";
        var calls = new Func<Task>[]
        {
            () => client.ReplyToActivityAsync(new ActivityReference(forged, "a:1", "2"), OutboundMessage.Plain("x"), CancellationToken.None),
            () => client.UpdateActivityAsync(new ActivityReference(forged, "a:1", "2"), OutboundMessage.Plain("x"), CancellationToken.None),
            () => client.CreatePersonalConversationAsync(forged, "tenant", "29:u", CancellationToken.None),
            () => client.GetConversationMemberAsync(new ConversationReference(forged, "a:1"), "29:u", CancellationToken.None),
        };

        foreach (var call in calls)
        {
            Assert.Equal(ConnectorFailure.UntrustedServiceUrl, (await Assert.ThrowsAsync<ConnectorException>(call)).Failure);
        }

        Assert.Empty(attacker.Requests);
        Assert.Equal(0, tokens.Requests);
    }
}
