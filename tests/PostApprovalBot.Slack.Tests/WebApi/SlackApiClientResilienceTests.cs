using System.Diagnostics;
using System.Net;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Tests.WebApi;

[Trait("Category", "Slack")]
public sealed class SlackApiClientResilienceTests : LoopbackSlackTest
{
    [Fact]
    public async Task Ok_false_becomes_a_typed_error_with_slacks_code()
    {
        Slack.Then(200, """{"ok":false,"error":"channel_not_found"}""");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client().PostMessageAsync("C404", Message));

        Assert.Equal(("chat.postMessage", "channel_not_found", false), (error.Method, error.ErrorCode, error.IsTransient));
        Assert.Single(Slack.Requests);
    }

    [Fact]
    public async Task Rate_limited_call_waits_for_retry_after_and_delivers_exactly_once()
    {
        Slack.Then(429, """{"ok":false,"error":"ratelimited"}""", retryAfter: "1");
        Slack.Then(200, """{"ok":true,"channel":"C555","ts":"2.0"}""");
        var clock = Stopwatch.StartNew();

        var posted = await Client().PostMessageAsync("C555", Message);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"waited only {clock.Elapsed}");
        Assert.Equal("2.0", posted.Ts);
        Assert.Equal(2, Slack.Requests.Count);
        Assert.Equal("C555", (string?)BodyOf(Assert.Single(Slack.Delivered))["channel"]);
    }

    [Fact]
    public async Task Retry_after_longer_than_the_bound_fails_without_waiting()
    {
        Slack.Then(429, """{"ok":false,"error":"ratelimited"}""", retryAfter: "600");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client().PostMessageAsync("C555", Message));

        Assert.Equal(("ratelimited", HttpStatusCode.TooManyRequests, true), (error.ErrorCode, error.StatusCode, error.IsTransient));
        Assert.Single(Slack.Requests);
    }

    [Fact]
    public async Task Server_error_is_retried_with_backoff()
    {
        Slack.Then(503, "{}");
        Slack.Then(500, "{}");
        Slack.Then(200, """{"ok":true,"channel":"C555","ts":"3.0"}""");

        Assert.Equal("3.0", (await Client().PostMessageAsync("C555", Message)).Ts);
        Assert.Equal(3, Slack.Requests.Count);
    }

    [Fact]
    public async Task Retries_are_bounded()
    {
        for (var i = 0; i < 5; i++)
        {
            Slack.Then(502, "{}");
        }

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client(o => o.MaxRetries = 2).PostMessageAsync("C555", Message));

        Assert.Equal("http_502", error.ErrorCode);
        Assert.Equal(3, Slack.Requests.Count);
    }

    [Fact]
    public async Task Slow_answer_times_out_as_a_typed_error()
    {
        Slack.Then(200, """{"ok":true,"channel":"C555","ts":"4.0"}""", delay: TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            Client(o => { o.RequestTimeout = TimeSpan.FromMilliseconds(200); o.MaxRetries = 0; }).PostMessageAsync("C555", Message));

        Assert.Equal(("timeout", true), (error.ErrorCode, error.IsTransient));
    }

    [Fact]
    public async Task Unreachable_slack_is_a_network_error_after_bounded_retries()
    {
        var closedPort = new Uri($"http://127.0.0.1:{FreePort()}/api/");
        var client = Client(o => o.MaxRetries = 1, closedPort);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.PostMessageAsync("C555", Message));

        Assert.Equal("network_error", error.ErrorCode);
    }

    [Fact]
    public async Task Answer_that_is_not_json_is_not_retried()
    {
        Slack.Then(200, "<html>proxy</html>");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client().PostMessageAsync("C555", Message));

        Assert.Equal("invalid_response", error.ErrorCode);
        Assert.Single(Slack.Requests);
    }

    [Fact]
    public async Task Base_url_without_a_trailing_slash_keeps_its_path()
    {
        Slack.Then(200, """{"ok":true,"channel":{"id":"D1"}}""");
        var baseUrl = new Uri(ApiBaseUrl.AbsoluteUri.TrimEnd('/'));
        var client = Client(apiBaseUrl: baseUrl);

        await client.OpenDirectMessageAsync("U333");

        Assert.Equal("/api/conversations.open", OnlyRequest().Path);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
