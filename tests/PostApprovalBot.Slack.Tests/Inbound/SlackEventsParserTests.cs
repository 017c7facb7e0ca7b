using PostApprovalBot.Slack.Inbound.Events;

namespace PostApprovalBot.Slack.Tests.Inbound;

[Trait("Category", "Slack")]
public sealed class SlackEventsParserTests
{
    [Fact]
    public void Url_verification_yields_its_challenge()
    {
        var body = SlackPayloads.Utf8("""{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""");

        var result = SlackEventsParser.Parse(body);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", Assert.IsType<UrlVerificationRequest>(result.Value).Challenge);
    }

    [Fact]
    public void Event_callback_carries_event_id_team_and_the_inner_event()
    {
        var result = SlackEventsParser.Parse(SlackPayloads.Json(SlackPayloads.EventCallback("Ev9")));

        var callback = Assert.IsType<EventCallback>(result.Value);
        Assert.Equal("Ev9", callback.EventId);
        Assert.Equal("T111", callback.TeamId);
        Assert.Equal("A222", callback.ApiAppId);
        Assert.Equal(new SlackEvent("message", null, "U333", "D444", "im", "hello <@U999>", null, null, "1772445600.000100"), callback.Event);
        Assert.False(callback.Event.IsFromBot);
    }

    [Fact]
    public void App_home_opened_event_carries_its_tab()
    {
        var payload = SlackPayloads.EventCallback();
        payload["event"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "app_home_opened", ["user"] = "U333", ["channel"] = "D444", ["tab"] = "home" };

        var callback = Assert.IsType<EventCallback>(SlackEventsParser.Parse(SlackPayloads.Json(payload)).Value);

        Assert.Equal("home", callback.Event.Tab);
    }

    [Fact]
    public void Message_written_by_a_bot_is_recognised()
    {
        var payload = SlackPayloads.EventCallback();
        payload["event"]!["bot_id"] = "B123";

        var callback = Assert.IsType<EventCallback>(SlackEventsParser.Parse(SlackPayloads.Json(payload)).Value);

        Assert.True(callback.Event.IsFromBot);
        Assert.Equal("B123", callback.Event.BotId);
    }

    [Fact]
    public void Unknown_envelope_type_is_reported_not_refused()
    {
        var result = SlackEventsParser.Parse(SlackPayloads.Utf8("""{"type":"app_rate_limited","minute_rate_limited":1}"""));

        Assert.Equal("app_rate_limited", Assert.IsType<UnknownEventsPayload>(result.Value).Type);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"type\":\"url_verification\"}")]
    [InlineData("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event\":{\"type\":\"message\"}}")]
    [InlineData("{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"team_id\":\"T1\"}")]
    [InlineData("{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"team_id\":\"T1\",\"event\":\"message\"}")]
    [InlineData("{\"type\":\"event_callback\",\"event_id\":42,\"team_id\":\"T1\",\"event\":{\"type\":\"message\"}}")]
    [InlineData("{\"type\":7}")]
    [InlineData("{\"type\":\"url_verification\",\"challenge\":\"a\",\"challenge\":\"b\"}")]
    public void Malformed_body_is_a_parse_failure_with_a_message(string body)
    {
        var result = SlackEventsParser.Parse(SlackPayloads.Utf8(body));

        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }
}
