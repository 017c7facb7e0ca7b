using System.Diagnostics;
using PostApprovalBot.Teams.Connector;

namespace PostApprovalBot.Teams.Tests.Connector;

[Trait("Category", "Teams")]
public sealed class BotConnectorRetryTests : ConnectorTestBase
{
    [Fact]
    public async Task Throttled_call_waits_for_retry_after_and_is_delivered_exactly_once()
    {
        Connector.Then(429, """{ "error": { "code": "Throttled" } }""", retryAfter: "1");
        var clock = Stopwatch.StartNew();

        await Client.SendToConversationAsync(Conversation(), OutboundMessage.Plain("hi"), CancellationToken.None);

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"waited only {clock.Elapsed}");
        Assert.Equal([429, 200], Connector.Requests.Select(r => r.AnsweredStatus));
        Assert.All(Connector.Requests, r => Assert.Equal(("POST", "Bearer " + Tokens.Token), (r.Method, r.Authorization)));
        Assert.Equal(Connector.Requests.First().Body, Connector.Requests.Last().Body);
    }

    [Fact]
    public async Task Server_error_on_every_attempt_fails_typed_and_retryable()
    {
        Connector.Then(500);
        Connector.Then(502);
        Connector.Then(500);

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(Conversation(), OutboundMessage.Plain("hi"), CancellationToken.None));

        Assert.Equal((ConnectorFailure.ServerError, 500, true), (failure.Failure, failure.StatusCode, failure.IsRetryable));
        Assert.Equal(3, Connector.Requests.Count);
    }

    [Fact]
    public async Task Client_error_is_not_retried()
    {
        Connector.Then(403, """{ "error": { "code": "BotNotInConversationRoster" } }""");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(Conversation(), OutboundMessage.Plain("hi"), CancellationToken.None));

        Assert.Equal((ConnectorFailure.Rejected, 403, false), (failure.Failure, failure.StatusCode, failure.IsRetryable));
        Assert.Contains("BotNotInConversationRoster", failure.Message, StringComparison.Ordinal);
        Assert.Single(Connector.Requests);
    }

    [Fact]
    public async Task Retry_after_longer_than_the_bound_fails_at_once_with_the_wait_asked_for()
    {
        Connector.Then(429, retryAfter: "120");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(Conversation(), OutboundMessage.Plain("hi"), CancellationToken.None));

        Assert.Equal((ConnectorFailure.Throttled, true, TimeSpan.FromSeconds(120)), (failure.Failure, failure.IsRetryable, failure.RetryAfter));
        Assert.Single(Connector.Requests);
    }

    [Fact]
    public async Task Slow_connector_times_out_within_the_attempt_bound()
    {
        var impatient = CreateClient(FastRetries with { MaxAttempts = 2, AttemptTimeout = TimeSpan.FromSeconds(1) });
        Connector.Then(200, delay: TimeSpan.FromSeconds(5));
        Connector.Then(200, delay: TimeSpan.FromSeconds(5));

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => impatient.SendToConversationAsync(Conversation(), OutboundMessage.Plain("hi"), CancellationToken.None));

        Assert.Equal((ConnectorFailure.Timeout, true), (failure.Failure, failure.IsRetryable));
        // On a busy machine the stand-in may log the second attempt a moment after the client gave up on it.
        for (var i = 0; i < 200 && Connector.Requests.Count < 2; i++) await Task.Delay(50);
        Assert.Equal(2, Connector.Requests.Count);
    }

    [Fact]
    public async Task Unreachable_connector_fails_as_a_network_error()
    {
        var closedPort = new ConversationReference("http://127.0.0.1:9/", PersonalChat);

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(closedPort, OutboundMessage.Plain("hi"), CancellationToken.None));

        Assert.Equal((ConnectorFailure.Network, true), (failure.Failure, failure.IsRetryable));
    }

    [Fact]
    public async Task Success_without_an_id_is_an_invalid_response()
    {
        Connector.DefaultBody = "{}";

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(Conversation(), OutboundMessage.Plain("hi"), CancellationToken.None));

        Assert.Equal(ConnectorFailure.InvalidResponse, failure.Failure);
    }
}
