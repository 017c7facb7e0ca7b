using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Connector;
using PostApprovalBot.Teams.Tests.Support;

namespace PostApprovalBot.Teams.Tests.Connector;

[Trait("Category", "Teams")]
public sealed class BotConnectorClientTests : IAsyncLifetime
{
    private const string PersonalChat = "a:1pQ9xYz";
    private static readonly ConnectorRetryPolicy FastRetries = new()
    {
        MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromSeconds(3), AttemptTimeout = TimeSpan.FromSeconds(5),
    };

    private readonly HttpClient http = new();
    private readonly CountingTokenSource tokens = new();
    private BotConnectorStandIn connector = null!;
    private BotConnectorClient client = null!;

    public async Task InitializeAsync()
    {
        connector = await BotConnectorStandIn.StartAsync();
        client = Client(FastRetries);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await connector.DisposeAsync();
    }

    [Theory]
    [InlineData("", "/v3/conversations/a%3A1pQ9xYz/activities")]
    [InlineData("/", "/v3/conversations/a%3A1pQ9xYz/activities")]
    [InlineData("/teams", "/teams/v3/conversations/a%3A1pQ9xYz/activities")]
    [InlineData("/teams/", "/teams/v3/conversations/a%3A1pQ9xYz/activities")]
    [InlineData("/amer/", "/amer/v3/conversations/a%3A1pQ9xYz/activities")]
    public async Task Send_posts_to_the_conversation_relative_to_the_service_url(string serviceUrlPath, string expectedPath)
    {
        var serviceUrl = connector.BaseUri.GetLeftPart(UriPartial.Authority) + serviceUrlPath;

        var sent = await client.SendToConversationAsync(new ConversationReference(serviceUrl, PersonalChat), OutboundMessage.Plain("hi"), CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.Equal(("POST", expectedPath), (request.Method, request.RawTarget));
        Assert.Equal(new ActivityReference(serviceUrl, PersonalChat, "1700000000001"), sent);
    }

    [Fact]
    public async Task Send_carries_the_app_token_and_the_card_as_an_adaptive_attachment()
    {
        var card = new AdaptiveCard([new TextBlock("Approval needed")]);

        await client.SendToConversationAsync(Conversation(), OutboundMessage.WithCard(card, "Approval needed"), CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("Bearer " + tokens.Token, request.Authorization);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["attachments"]![0]!["contentType"]);
        Assert.Equal("Approval needed", (string?)body["attachments"]![0]!["content"]!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task Channel_thread_ids_are_escaped_as_one_path_segment()
    {
        var thread = new ConversationReference(connector.BaseUri.ToString(), "19:abc@thread.tacv2;messageid=1712");

        await client.SendToConversationAsync(thread, OutboundMessage.Plain("hi"), CancellationToken.None);

        Assert.Equal("/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1712/activities", Assert.Single(connector.Requests).RawTarget);
    }

    [Fact]
    public async Task Reply_posts_under_the_activity_it_answers()
    {
        var original = new ActivityReference(connector.BaseUri.ToString(), PersonalChat, "1699999999999");

        await client.ReplyToActivityAsync(original, OutboundMessage.Plain("noted"), CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.Equal(("POST", "/v3/conversations/a%3A1pQ9xYz/activities/1699999999999"), (request.Method, request.RawTarget));
        Assert.Equal("1699999999999", (string?)JsonNode.Parse(request.Body)!["replyToId"]);
    }

    [Fact]
    public async Task Update_puts_the_new_card_on_the_same_activity()
    {
        var posted = new ActivityReference(connector.BaseUri.ToString(), PersonalChat, "1699999999999");

        await client.UpdateActivityAsync(posted, OutboundMessage.WithCard(new AdaptiveCard([new TextBlock("Approved")])), CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.Equal(("PUT", "/v3/conversations/a%3A1pQ9xYz/activities/1699999999999"), (request.Method, request.RawTarget));
        Assert.Equal("1699999999999", (string?)JsonNode.Parse(request.Body)!["id"]);
    }

    [Fact]
    public async Task Personal_conversation_is_created_with_bot_member_and_tenant()
    {
        connector.DefaultBody = """{ "id": "a:1newChat" }""";

        var chat = await client.CreatePersonalConversationAsync(connector.BaseUri.ToString(), "tenant-1", "29:user-7", CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.Equal(("POST", "/v3/conversations"), (request.Method, request.RawTarget));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("28:" + ChannelToken.AppId, (string?)body["bot"]!["id"]);
        Assert.Equal("29:user-7", (string?)body["members"]![0]!["id"]);
        Assert.False((bool)body["isGroup"]!);
        Assert.Equal("tenant-1", (string?)body["tenantId"]);
        Assert.Equal("tenant-1", (string?)body["channelData"]!["tenant"]!["id"]);
        Assert.Equal(new ConversationReference(connector.BaseUri.ToString(), "a:1newChat"), chat);
    }

    [Fact]
    public async Task Member_is_read_with_its_entra_identity()
    {
        connector.DefaultBody = """
            { "id": "29:user-7", "name": "Dana Reviewer", "aadObjectId": "6f1c-aad", "email": "dana@contoso.com",
              "userPrincipalName": "dana@contoso.com", "tenantId": "tenant-1", "userRole": "user" }
            """;

        var member = await client.GetConversationMemberAsync(Conversation(), "29:user-7", CancellationToken.None);

        Assert.Equal(("GET", "/v3/conversations/a%3A1pQ9xYz/members/29%3Auser-7"), (Assert.Single(connector.Requests).Method, connector.Requests.Single().RawTarget));
        Assert.Equal(new ConversationMember("29:user-7", "Dana Reviewer", "6f1c-aad", "dana@contoso.com", "dana@contoso.com", "tenant-1"), member);
    }

    [Fact]
    public async Task Throttled_call_waits_for_retry_after_and_is_delivered_exactly_once()
    {
        connector.Then(429, """{ "error": { "code": "Throttled" } }""", retryAfter: "1");
        var clock = Stopwatch.StartNew();

        await client.SendToConversationAsync(Conversation(), OutboundMessage.Plain("hi"), CancellationToken.None);

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"waited only {clock.Elapsed}");
        Assert.Equal([429, 200], connector.Requests.Select(r => r.AnsweredStatus));
        Assert.All(connector.Requests, r => Assert.Equal(("POST", "Bearer " + tokens.Token), (r.Method, r.Authorization)));
        Assert.Equal(connector.Requests.First().Body, connector.Requests.Last().Body);
    }

    [Fact]
    public async Task Server_error_on_every_attempt_fails_typed_and_retryable()
    {
        connector.Then(500);
        connector.Then(502);
        connector.Then(500);

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(Conversation(), OutboundMessage.Plain("hi"), CancellationToken.None));

        Assert.Equal((ConnectorFailure.ServerError, 500, true), (failure.Failure, failure.StatusCode, failure.IsRetryable));
        Assert.Equal(3, connector.Requests.Count);
    }

    [Fact]
    public async Task Client_error_is_not_retried()
    {
        connector.Then(403, """{ "error": { "code": "BotNotInConversationRoster" } }""");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(Conversation(), OutboundMessage.Plain("hi"), CancellationToken.None));

        Assert.Equal((ConnectorFailure.Rejected, 403, false), (failure.Failure, failure.StatusCode, failure.IsRetryable));
        Assert.Contains("BotNotInConversationRoster", failure.Message, StringComparison.Ordinal);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task Retry_after_longer_than_the_bound_fails_at_once_with_the_wait_asked_for()
    {
        connector.Then(429, retryAfter: "120");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(Conversation(), OutboundMessage.Plain("hi"), CancellationToken.None));

        Assert.Equal((ConnectorFailure.Throttled, true, TimeSpan.FromSeconds(120)), (failure.Failure, failure.IsRetryable, failure.RetryAfter));
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task Slow_connector_times_out_within_the_attempt_bound()
    {
        var impatient = Client(FastRetries with { MaxAttempts = 2, AttemptTimeout = TimeSpan.FromMilliseconds(300) });
        connector.Then(200, delay: TimeSpan.FromSeconds(5));
        connector.Then(200, delay: TimeSpan.FromSeconds(5));

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => impatient.SendToConversationAsync(Conversation(), OutboundMessage.Plain("hi"), CancellationToken.None));

        Assert.Equal((ConnectorFailure.Timeout, true), (failure.Failure, failure.IsRetryable));
        Assert.Equal(2, connector.Requests.Count);
    }

    [Fact]
    public async Task Unreachable_connector_fails_as_a_network_error()
    {
        var closedPort = new ConversationReference("http://127.0.0.1:9/", PersonalChat);

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(closedPort, OutboundMessage.Plain("hi"), CancellationToken.None));

        Assert.Equal((ConnectorFailure.Network, true), (failure.Failure, failure.IsRetryable));
    }

    [Fact]
    public async Task Success_without_an_id_is_an_invalid_response()
    {
        connector.DefaultBody = "{}";

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(Conversation(), OutboundMessage.Plain("hi"), CancellationToken.None));

        Assert.Equal(ConnectorFailure.InvalidResponse, failure.Failure);
    }

    private ConversationReference Conversation() => new(connector.BaseUri.ToString(), PersonalChat);

    private BotConnectorClient Client(ConnectorRetryPolicy retry) =>
        new(http, tokens, Options.Create(new TeamsOptions { AppId = ChannelToken.AppId, AllowedServiceUrlHosts = ["127.0.0.1"] }), retry);
}
