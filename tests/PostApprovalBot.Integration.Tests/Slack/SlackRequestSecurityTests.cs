using System.Globalization;
using static PostApprovalBot.Integration.Tests.Slack.SlackCompany;

namespace PostApprovalBot.Integration.Tests.Slack;

/// <summary>Every Slack endpoint verifies the signature over the raw body before it reads, looks up or stores anything.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Security")]
public sealed class SlackRequestSecurityTests(AzuriteFixture azurite)
{
    public enum Forgery { Unsigned, WrongSecret, StaleTimestamp, FutureTimestamp, BodyChangedAfterSigning, MalformedSignature }

    public static TheoryData<string, Forgery> Cases()
    {
        var cases = new TheoryData<string, Forgery>();
        foreach (var path in new[] { "/slack/events", "/slack/commands", "/slack/interactions" })
            foreach (var forgery in Enum.GetValues<Forgery>())
                cases.Add(path, forgery);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_request_that_is_not_signed_by_slack_now_gets_401_and_leaves_no_trace(string path, Forgery forgery)
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        var rowsBefore = await bot.StorageRowsAsync();
        var (body, contentType) = Submission(path);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var timestamp = forgery switch
        {
            Forgery.StaleTimestamp => now - 600,
            Forgery.FutureTimestamp => now + 600,
            _ => now,
        };
        var ts = timestamp.ToString(CultureInfo.InvariantCulture);
        var signature = forgery switch
        {
            Forgery.WrongSecret => SlackSignedRequests.Sign("not-the-signing-secret", ts, body),
            Forgery.BodyChangedAfterSigning => SlackSignedRequests.Sign(SlackBot.SigningSecret, ts, body.Replace("Big", "Small", StringComparison.Ordinal)),
            Forgery.MalformedSignature => "v0=" + new string('z', 64),
            _ => SlackSignedRequests.Sign(SlackBot.SigningSecret, ts, body),
        };

        var response = await bot.Requests.SendAsync(path, body, contentType, timestamp: ts, signature: signature, sign: forgery != Forgery.Unsigned);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(rowsBefore, await bot.StorageRowsAsync());
        Assert.Empty(bot.Slack.Calls);
    }

    [Fact]
    public async Task The_same_requests_signed_correctly_do_take_effect()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        var rowsBefore = await bot.StorageRowsAsync();
        var (body, contentType) = Submission("/slack/commands");

        var response = await bot.Requests.SendAsync("/slack/commands", body, contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(rowsBefore, await bot.StorageRowsAsync());
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_refused_with_413_before_anything_else()
    {
        await using var bot = await SlackBot.StartAsync(azurite);

        var response = await bot.Requests.SendAsync("/slack/events", "{\"pad\":\"" + new string('x', 1024 * 1024) + "\"}", "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(bot.Slack.Calls);
    }

    // Each body, if it were accepted, would submit a draft for Emma: a trace the tests would see.
    private static (string Body, string ContentType) Submission(string path) => path switch
    {
        "/slack/events" => (new JsonObject
        {
            ["token"] = "t", ["team_id"] = SlackSignedRequests.TeamId, ["api_app_id"] = SlackSignedRequests.AppId, ["type"] = "event_callback", ["event_id"] = "EvForged0001",
            ["event"] = new JsonObject { ["type"] = "message", ["user"] = Emma.UserId, ["channel"] = Emma.DirectChannel, ["channel_type"] = "im", ["text"] = $"submit {LinkedIn} Big news!", ["ts"] = "1.2" },
        }.ToJsonString(), "application/json"),
        "/slack/commands" => (SlackSignedRequests.Form(new Dictionary<string, string>
        {
            ["team_id"] = SlackSignedRequests.TeamId, ["channel_id"] = Emma.DirectChannel, ["user_id"] = Emma.UserId, ["command"] = "/post",
            ["text"] = $"submit {LinkedIn} Big news!", ["response_url"] = "https://hooks.slack.com/commands/T/1/a", ["trigger_id"] = "trigger.forged",
        }), "application/x-www-form-urlencoded"),
        _ => (SlackSignedRequests.Form(new Dictionary<string, string>
        {
            ["payload"] = SlackPayloads.ViewSubmission(Emma, new JsonObject { ["id"] = "V1", ["callback_id"] = "new_draft" }, new JsonObject
            {
                ["draft_account"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = LinkedIn } } },
                ["draft_text"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = "Big news!" } },
            }).ToJsonString(),
        }), "application/x-www-form-urlencoded"),
    };
}
