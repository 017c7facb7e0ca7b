using System.Text;
using PostApprovalBot.Teams.Activities;

namespace PostApprovalBot.Teams.Tests.Activities;

[Trait("Category", "Teams")]
public sealed class ActivityParserTests
{
    private const string ChannelMessage = """
        {
          "type": "message", "id": "1712345678901", "timestamp": "2025-03-04T10:11:12.123Z",
          "serviceUrl": "https://smba.trafficmanager.net/emea/", "channelId": "msteams",
          "from": { "id": "29:1abc", "name": "Dana Reviewer", "aadObjectId": "6f1c0000-0000-0000-0000-000000000001" },
          "recipient": { "id": "28:bot-app-id", "name": "PostApprovalBot" },
          "conversation": { "id": "19:abc@thread.tacv2;messageid=1712345678901", "conversationType": "channel", "tenantId": "tenant-1" },
          "replyToId": "1712345600000",
          "text": "<at>PostApprovalBot</at> new draft",
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:bot-app-id", "name": "PostApprovalBot" }, "text": "<at>PostApprovalBot</at>" },
            { "type": "clientInfo", "locale": "en-GB", "country": "GB" }
          ],
          "attachments": [ { "contentType": "text/html", "content": "<p>new draft</p>" } ],
          "channelData": { "tenant": { "id": "tenant-1" }, "team": { "id": "19:team@thread.tacv2", "name": "Comms" }, "channel": { "id": "19:abc@thread.tacv2" } },
          "locale": "en-GB"
        }
        """;

    [Fact]
    public void Teams_channel_message_is_read_into_the_activity_model()
    {
        var activity = Parsed(ChannelMessage);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("https://smba.trafficmanager.net/emea/", activity.ServiceUrl);
        Assert.Equal(new ChannelAccount("29:1abc", "Dana Reviewer", "6f1c0000-0000-0000-0000-000000000001"), activity.From);
        Assert.Equal(new ConversationAccount("19:abc@thread.tacv2;messageid=1712345678901", "channel", "tenant-1"), activity.Conversation);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 11, 12, 123, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal("19:team@thread.tacv2", activity.ChannelData?.Team?.Id);
        Assert.Equal("tenant-1", activity.ChannelData?.Tenant?.Id);
        Assert.Equal("1712345600000", activity.ReplyToId);
        Assert.Equal("text/html", Assert.Single(activity.Attachments!).ContentType);
    }

    [Fact]
    public void Installation_update_carries_its_action()
    {
        var activity = Parsed("""{ "type": "installationUpdate", "action": "add", "channelId": "msteams" }""");

        Assert.Equal(("installationUpdate", "add"), (activity.Type, activity.Action));
    }

    [Fact]
    public void Unknown_activity_type_is_still_parsed_so_the_host_can_answer_200_and_ignore_it()
    {
        Assert.Equal("typing", Parsed("""{ "type": "typing" }""").Type);
    }

    [Theory]
    [InlineData("{ \"type\": \"message\", ")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"type\": 42 }")]
    public void Malformed_json_is_rejected_with_a_reason(string body)
    {
        var rejected = Assert.IsType<ActivityParseResult.Rejected>(ActivityParser.Parse(body));

        Assert.Contains("not a well-formed activity", rejected.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"text\": \"hi\" }")]
    [InlineData("{ \"type\": \"  \" }")]
    public void Activity_without_type_is_rejected(string body)
    {
        Assert.Equal("The activity has no 'type'.", Assert.IsType<ActivityParseResult.Rejected>(ActivityParser.Parse(body)).Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public void Empty_or_null_body_is_rejected(string body)
    {
        Assert.IsType<ActivityParseResult.Rejected>(ActivityParser.Parse(body));
    }

    [Fact]
    public async Task Oversized_body_is_refused_as_too_large_without_being_read_whole()
    {
        var huge = new MemoryStream(Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"" + new string('x', ActivityParser.MaxBodyBytes) + "\"}"));

        Assert.IsType<ActivityParseResult.TooLarge>(await ActivityParser.ParseAsync(huge, CancellationToken.None));
    }

    [Fact]
    public async Task Stream_body_is_parsed_like_a_string_body()
    {
        var body = new MemoryStream(Encoding.UTF8.GetBytes(ChannelMessage));

        var parsed = Assert.IsType<ActivityParseResult.Parsed>(await ActivityParser.ParseAsync(body, CancellationToken.None));

        Assert.Equal("1712345678901", parsed.Activity.Id);
    }

    [Fact]
    public void Channel_mention_of_the_bot_is_stripped_from_the_text()
    {
        Assert.Equal("new draft", ActivityText.WithoutMentions(Parsed(ChannelMessage)));
    }

    [Fact]
    public void Only_mentions_listed_in_entities_are_stripped()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "<at>Bot</at> ask <at>Legal Team</at>  about it",
            Entities = [new Entity(Entity.MentionType, new ChannelAccount("28:bot"), "<at>Bot</at>")],
        };

        Assert.Equal("ask <at>Legal Team</at> about it", ActivityText.WithoutMentions(activity));
    }

    [Fact]
    public void Text_without_entities_is_only_trimmed()
    {
        Assert.Equal("status", ActivityText.WithoutMentions(new Activity { Type = ActivityTypes.Message, Text = "  status " }));
    }

    private static Activity Parsed(string body) => Assert.IsType<ActivityParseResult.Parsed>(ActivityParser.Parse(body)).Activity;
}
