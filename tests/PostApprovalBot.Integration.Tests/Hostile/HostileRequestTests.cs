using System.Text;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Hostile;

/// <summary>
/// Bodies no channel sends: too large, not JSON or not a form, of types we do not know. Each gets a 4xx (or the
/// protocol's "received, ignored" 200), never a 5xx, and changes nothing.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Security")]
public sealed class HostileRequestTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int TwoMiB = 2 * 1024 * 1024;
    private TeamsBot teams = null!;
    private SlackBot slack = null!;

    public async Task InitializeAsync()
    {
        teams = await TeamsBot.StartAsync(azurite);
        await teams.InstallAsync(Emma);
        slack = await SlackBot.StartAsync(azurite);
    }

    public async Task DisposeAsync()
    {
        await teams.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_oversized_activity_gets_413_whether_or_not_it_announces_its_length(bool announced)
    {
        var activity = TeamsActivities.Message(teams.ServiceUrl, Emma, new string('x', TwoMiB)).ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Body(activity, "application/json", announced) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + teams.ValidToken());

        using var response = await teams.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("/slack/events", true)]
    [InlineData("/slack/commands", true)]
    [InlineData("/slack/interactions", true)]
    [InlineData("/slack/interactions", false)]
    public async Task An_oversized_slack_body_gets_413_before_its_signature_is_checked(string path, bool announced)
    {
        var body = "payload=" + new string('x', TwoMiB);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Body(body, "application/x-www-form-urlencoded", announced) };
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", SlackSignedRequests.Sign(SlackBot.SigningSecret, ts, body));

        using var response = await slack.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    public static TheoryData<string> MalformedActivities() =>
    [
        "{", "[]", "null", "\"text\"", "{\"type\":", "{\"type\":42}", "{\"type\":\"message\",\"from\":\"not an object\"}",
        "{\"type\":\"message\",\"text\":\"a\",\"text\":\"b\"}", new string('[', 5_000), "\u00ff\u00fe",
    ];

    [Theory]
    [MemberData(nameof(MalformedActivities))]
    public async Task A_body_that_is_not_an_activity_gets_a_4xx_even_with_a_valid_token(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + teams.ValidToken());

        using var response = await teams.Http.SendAsync(request);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("deleteUserData")]
    [InlineData("messageReaction")]
    [InlineData("a-type-nobody-invented")]
    public async Task An_activity_of_a_type_we_do_not_handle_is_acknowledged_and_ignored(string type)
    {
        var before = await HostileRows.DraftsAndInboxAsync(teams.Services);
        var calls = teams.Connector.Calls.Count;

        using var response = await teams.PostAsync(TeamsActivities.Base(type, teams.ServiceUrl, Emma), "Bearer " + teams.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        HostileRows.AssertUnchanged(before, await HostileRows.DraftsAndInboxAsync(teams.Services));
        Assert.Equal(calls, teams.Connector.Calls.Count);
    }

    [Theory]
    [InlineData("composeExtension/query")]
    [InlineData("task/fetch")]
    [InlineData("adaptiveCard/unknown")]
    public async Task An_invoke_we_do_not_handle_gets_an_answer_not_a_500(string name)
    {
        var activity = TeamsActivities.Base("invoke", teams.ServiceUrl, Emma).With("name", name).With("value", new JsonObject { ["x"] = 1 });

        using var response = await teams.PostAsync(activity, "Bearer " + teams.ValidToken());

        Assert.True((int)response.StatusCode < 500, $"The invoke {name} was answered {(int)response.StatusCode}.");
    }

    public static TheoryData<string, string, string> MalformedSlackBodies() => new()
    {
        { "/slack/events", "{", "application/json" },
        { "/slack/events", "[1,2,3]", "application/json" },
        { "/slack/events", "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":\"not an object\"}", "application/json" },
        { "/slack/events", "{\"type\":\"event_callback\"}", "application/json" },
        { "/slack/commands", "%%%=&&=%zz", "application/x-www-form-urlencoded" },
        { "/slack/commands", "user_id=&command=", "application/x-www-form-urlencoded" },
        { "/slack/interactions", "payload=%7B", "application/x-www-form-urlencoded" },
        { "/slack/interactions", "payload=%5B%5D", "application/x-www-form-urlencoded" },
        { "/slack/interactions", "nopayload=1", "application/x-www-form-urlencoded" },
        { "/slack/interactions", "payload=" + Uri.EscapeDataString("{\"type\":\"block_actions\",\"user\":{\"id\":\"U0EMMA\"},\"actions\":\"x\"}"), "application/x-www-form-urlencoded" },
    };

    [Theory]
    [MemberData(nameof(MalformedSlackBodies))]
    public async Task A_signed_slack_body_that_does_not_parse_gets_400_and_changes_nothing(string path, string body, string contentType)
    {
        var before = await slack.StorageRowsAsync();

        using var response = await slack.Requests.SendAsync(path, body, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await slack.StorageRowsAsync());
    }

    [Theory]
    [InlineData("/slack/events", "{\"type\":\"app_rate_limited\",\"minute_rate_limited\":1}", "application/json")]
    [InlineData("/slack/events", "{\"type\":\"event_callback\",\"event_id\":\"EvUNKNOWN1\",\"event\":{\"type\":\"reaction_added\",\"user\":\"U0EMMA\"}}", "application/json")]
    [InlineData("/slack/interactions", "payload=%7B%22type%22%3A%22shortcut%22%2C%22user%22%3A%7B%22id%22%3A%22U0EMMA%22%7D%7D", "application/x-www-form-urlencoded")]
    [InlineData("/slack/interactions", "payload=%7B%22type%22%3A%22view_closed%22%2C%22user%22%3A%7B%22id%22%3A%22U0EMMA%22%7D%7D", "application/x-www-form-urlencoded")]
    public async Task A_signed_slack_request_of_a_kind_we_do_not_handle_is_acknowledged_and_ignored(string path, string body, string contentType)
    {
        var before = await slack.StorageRowsAsync();

        using var response = await slack.Requests.SendAsync(path, body, contentType);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{path} answered {(int)response.StatusCode}.");
        Assert.Equal(before.Where(r => !r.StartsWith("claims/", StringComparison.Ordinal)), (await slack.StorageRowsAsync()).Where(r => !r.StartsWith("claims/", StringComparison.Ordinal)));
    }

    private static HttpContent Body(string text, string contentType, bool announceLength)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        HttpContent content = announceLength ? new ByteArrayContent(bytes) : new StreamContent(new UnannouncedStream(bytes));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return content;
    }
}
