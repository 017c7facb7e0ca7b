using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Tests.Support;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Tests.WebApi;

[Trait("Category", "Slack")]
public sealed class SlackApiClientTests : IAsyncLifetime
{
    private static readonly SlackMessage Message = new("Hello", [new SectionBlock(new MrkdwnText("*Hello*"))]);
    private LoopbackSlack _slack = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _slack = await LoopbackSlack.StartAsync();
        _http = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _slack.DisposeAsync();
    }

    private SlackApiClient Client(Action<SlackOptions>? configure = null) =>
        new(_http, SlackTestOptions.With(apiBaseUrl: _slack.ApiBaseUrl, configure: configure), TimeProvider.System, NullLogger<SlackApiClient>.Instance);

    private RecordedRequest OnlyRequest() => Assert.Single(_slack.Requests);

    private static JsonObject BodyOf(RecordedRequest request) => JsonNode.Parse(request.Body)!.AsObject();

    [Fact]
    public async Task Post_message_sends_json_with_the_bot_token_to_chat_postMessage()
    {
        _slack.Then(200, """{"ok":true,"channel":"C555","ts":"1772445600.000200"}""");

        var posted = await Client().PostMessageAsync("C555", Message);

        Assert.Equal(new SlackMessageRef("C555", "1772445600.000200"), posted);
        var request = OnlyRequest();
        Assert.Equal(("POST", "/api/chat.postMessage"), (request.HttpMethod, request.Path));
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("Bearer xoxb-test-token", request.Authorization);
        var body = BodyOf(request);
        Assert.Equal("C555", (string?)body["channel"]);
        Assert.Equal("Hello", (string?)body["text"]);
        Assert.Equal("section", (string?)body["blocks"]![0]!["type"]);
    }

    [Fact]
    public async Task Update_message_sends_channel_and_ts_to_chat_update()
    {
        _slack.Then(200, """{"ok":true,"channel":"C555","ts":"1.2"}""");

        await Client().UpdateMessageAsync(new SlackMessageRef("C555", "1.2"), Message);

        var request = OnlyRequest();
        Assert.Equal("/api/chat.update", request.Path);
        Assert.Equal(("C555", "1.2"), ((string?)BodyOf(request)["channel"], (string?)BodyOf(request)["ts"]));
    }

    [Fact]
    public async Task Ephemeral_message_names_channel_and_user()
    {
        _slack.Then(200, """{"ok":true,"message_ts":"9.9"}""");

        var ts = await Client().PostEphemeralAsync("C555", "U333", Message);

        Assert.Equal("9.9", ts);
        var request = OnlyRequest();
        Assert.Equal("/api/chat.postEphemeral", request.Path);
        Assert.Equal(("C555", "U333"), ((string?)BodyOf(request)["channel"], (string?)BodyOf(request)["user"]));
    }

    [Fact]
    public async Task Views_open_update_and_publish_send_the_view_json()
    {
        var modal = new ModalView("Title", [new SectionBlock(new PlainText("x"))], "cb");
        _slack.Then(200, """{"ok":true,"view":{"id":"V1"}}""");
        _slack.Then(200, """{"ok":true,"view":{"id":"V1"}}""");
        var client = Client();

        Assert.Equal("V1", await client.OpenViewAsync("trig.1", modal));
        Assert.Equal("V1", await client.UpdateViewAsync("V1", modal, hash: "h.1"));
        await client.PublishHomeAsync("U333", new HomeView([new SectionBlock(new PlainText("home"))]));

        var requests = _slack.Requests.ToArray();
        Assert.Equal(["/api/views.open", "/api/views.update", "/api/views.publish"], requests.Select(r => r.Path));
        Assert.Equal("trig.1", (string?)BodyOf(requests[0])["trigger_id"]);
        Assert.Equal("modal", (string?)BodyOf(requests[0])["view"]!["type"]);
        Assert.Equal(("V1", "h.1"), ((string?)BodyOf(requests[1])["view_id"], (string?)BodyOf(requests[1])["hash"]));
        Assert.Equal(("U333", "home"), ((string?)BodyOf(requests[2])["user_id"], (string?)BodyOf(requests[2])["view"]!["type"]));
    }

    [Fact]
    public async Task Users_info_reads_the_profile_email_and_time_zone()
    {
        _slack.Then(200, """
            {"ok":true,"user":{"id":"U333","team_id":"T111","name":"ana","real_name":"Ana Lima","tz":"Europe/Lisbon",
             "deleted":false,"is_bot":false,"is_restricted":true,"profile":{"email":"ana@example.com","display_name":"ana.l"}}}
            """);

        var user = await Client().GetUserAsync("U333");

        Assert.Equal(new SlackUser("U333", "T111", "ana", "Ana Lima", "ana.l", "ana@example.com", "Europe/Lisbon", false, false, true), user);
        var request = OnlyRequest();
        Assert.Equal("/api/users.info", request.Path);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal("user=U333", request.Body);
        Assert.Equal("Bearer xoxb-test-token", request.Authorization);
    }

    [Fact]
    public async Task Conversations_open_returns_the_direct_message_channel()
    {
        _slack.Then(200, """{"ok":true,"channel":{"id":"D444"}}""");

        Assert.Equal("D444", await Client().OpenDirectMessageAsync("U333"));
        Assert.Equal(("/api/conversations.open", "users=U333"), (OnlyRequest().Path, OnlyRequest().Body));
    }

    [Fact]
    public async Task Ok_false_becomes_a_typed_error_with_slacks_code()
    {
        _slack.Then(200, """{"ok":false,"error":"channel_not_found"}""");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client().PostMessageAsync("C404", Message));

        Assert.Equal(("chat.postMessage", "channel_not_found", false), (error.Method, error.ErrorCode, error.IsTransient));
        Assert.Single(_slack.Requests);
    }

    [Fact]
    public async Task Rate_limited_call_waits_for_retry_after_and_delivers_exactly_once()
    {
        _slack.Then(429, """{"ok":false,"error":"ratelimited"}""", retryAfter: "1");
        _slack.Then(200, """{"ok":true,"channel":"C555","ts":"2.0"}""");
        var clock = Stopwatch.StartNew();

        var posted = await Client().PostMessageAsync("C555", Message);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"waited only {clock.Elapsed}");
        Assert.Equal("2.0", posted.Ts);
        Assert.Equal(2, _slack.Requests.Count);
        Assert.Equal("C555", (string?)BodyOf(Assert.Single(_slack.Delivered))["channel"]);
    }

    [Fact]
    public async Task Retry_after_longer_than_the_bound_fails_without_waiting()
    {
        _slack.Then(429, """{"ok":false,"error":"ratelimited"}""", retryAfter: "600");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client().PostMessageAsync("C555", Message));

        Assert.Equal(("ratelimited", HttpStatusCode.TooManyRequests, true), (error.ErrorCode, error.StatusCode, error.IsTransient));
        Assert.Single(_slack.Requests);
    }

    [Fact]
    public async Task Server_error_is_retried_with_backoff()
    {
        _slack.Then(503, "{}");
        _slack.Then(500, "{}");
        _slack.Then(200, """{"ok":true,"channel":"C555","ts":"3.0"}""");

        Assert.Equal("3.0", (await Client().PostMessageAsync("C555", Message)).Ts);
        Assert.Equal(3, _slack.Requests.Count);
    }

    [Fact]
    public async Task Retries_are_bounded()
    {
        for (var i = 0; i < 5; i++)
        {
            _slack.Then(502, "{}");
        }

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client(o => o.MaxRetries = 2).PostMessageAsync("C555", Message));

        Assert.Equal("http_502", error.ErrorCode);
        Assert.Equal(3, _slack.Requests.Count);
    }

    [Fact]
    public async Task Slow_answer_times_out_as_a_typed_error()
    {
        _slack.Then(200, """{"ok":true,"channel":"C555","ts":"4.0"}""", delay: TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            Client(o => { o.RequestTimeout = TimeSpan.FromMilliseconds(200); o.MaxRetries = 0; }).PostMessageAsync("C555", Message));

        Assert.Equal(("timeout", true), (error.ErrorCode, error.IsTransient));
    }

    [Fact]
    public async Task Unreachable_slack_is_a_network_error_after_bounded_retries()
    {
        var closedPort = new Uri($"http://127.0.0.1:{FreePort()}/api/");
        var client = new SlackApiClient(_http, SlackTestOptions.With(apiBaseUrl: closedPort, configure: o => o.MaxRetries = 1),
            TimeProvider.System, NullLogger<SlackApiClient>.Instance);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.PostMessageAsync("C555", Message));

        Assert.Equal("network_error", error.ErrorCode);
    }

    [Fact]
    public async Task Answer_that_is_not_json_is_not_retried()
    {
        _slack.Then(200, "<html>proxy</html>");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client().PostMessageAsync("C555", Message));

        Assert.Equal("invalid_response", error.ErrorCode);
        Assert.Single(_slack.Requests);
    }

    [Fact]
    public async Task Base_url_without_a_trailing_slash_keeps_its_path()
    {
        _slack.Then(200, """{"ok":true,"channel":{"id":"D1"}}""");
        var baseUrl = new Uri(_slack.ApiBaseUrl.AbsoluteUri.TrimEnd('/'));
        var client = new SlackApiClient(_http, SlackTestOptions.With(apiBaseUrl: baseUrl), TimeProvider.System, NullLogger<SlackApiClient>.Instance);

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
