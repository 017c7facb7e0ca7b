using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Tests.WebApi;

[Trait("Category", "Slack")]
public sealed class SlackApiClientTests : LoopbackSlackTest
{
    [Fact]
    public async Task Post_message_sends_json_with_the_bot_token_to_chat_postMessage()
    {
        Slack.Then(200, """{"ok":true,"channel":"C555","ts":"1772445600.000200"}""");

        var posted = await Client().PostMessageAsync("C555", Message);

        Assert.Equal(new SlackMessageRef("C555", "1772445600.000200"), posted);
        var request = OnlyRequest();
        Assert.Equal(("POST", "/api/chat.postMessage"), (request.Method, request.Path));
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
        Slack.Then(200, """{"ok":true,"channel":"C555","ts":"1.2"}""");

        await Client().UpdateMessageAsync(new SlackMessageRef("C555", "1.2"), Message);

        var request = OnlyRequest();
        Assert.Equal("/api/chat.update", request.Path);
        Assert.Equal(("C555", "1.2"), ((string?)BodyOf(request)["channel"], (string?)BodyOf(request)["ts"]));
    }

    [Fact]
    public async Task Ephemeral_message_names_channel_and_user()
    {
        Slack.Then(200, """{"ok":true,"message_ts":"9.9"}""");

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
        Slack.Then(200, """{"ok":true,"view":{"id":"V1"}}""");
        Slack.Then(200, """{"ok":true,"view":{"id":"V1"}}""");
        var client = Client();

        Assert.Equal("V1", await client.OpenViewAsync("trig.1", modal));
        Assert.Equal("V1", await client.UpdateViewAsync("V1", modal, hash: "h.1"));
        await client.PublishHomeAsync("U333", new HomeView([new SectionBlock(new PlainText("home"))]));

        var requests = Slack.Requests.ToArray();
        Assert.Equal(["/api/views.open", "/api/views.update", "/api/views.publish"], requests.Select(r => r.Path));
        Assert.Equal("trig.1", (string?)BodyOf(requests[0])["trigger_id"]);
        Assert.Equal("modal", (string?)BodyOf(requests[0])["view"]!["type"]);
        Assert.Equal(("V1", "h.1"), ((string?)BodyOf(requests[1])["view_id"], (string?)BodyOf(requests[1])["hash"]));
        Assert.Equal(("U333", "home"), ((string?)BodyOf(requests[2])["user_id"], (string?)BodyOf(requests[2])["view"]!["type"]));
    }

    [Fact]
    public async Task Users_info_reads_the_profile_email_and_time_zone()
    {
        Slack.Then(200, """
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
        Slack.Then(200, """{"ok":true,"channel":{"id":"D444"}}""");

        Assert.Equal("D444", await Client().OpenDirectMessageAsync("U333"));
        Assert.Equal(("/api/conversations.open", "users=U333"), (OnlyRequest().Path, OnlyRequest().Body));
    }
}
