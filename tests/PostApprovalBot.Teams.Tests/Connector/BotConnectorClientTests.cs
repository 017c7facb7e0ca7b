using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Connector;

namespace PostApprovalBot.Teams.Tests.Connector;

[Trait("Category", "Teams")]
public sealed class BotConnectorClientTests : ConnectorTestBase
{
    [Theory]
    [InlineData("", "/v3/conversations/a%3A1pQ9xYz/activities")]
    [InlineData("/", "/v3/conversations/a%3A1pQ9xYz/activities")]
    [InlineData("/teams", "/teams/v3/conversations/a%3A1pQ9xYz/activities")]
    [InlineData("/teams/", "/teams/v3/conversations/a%3A1pQ9xYz/activities")]
    [InlineData("/amer/", "/amer/v3/conversations/a%3A1pQ9xYz/activities")]
    public async Task Send_posts_to_the_conversation_relative_to_the_service_url(string serviceUrlPath, string expectedPath)
    {
        var serviceUrl = Connector.BaseUri.GetLeftPart(UriPartial.Authority) + serviceUrlPath;

        var sent = await Client.SendToConversationAsync(new ConversationReference(serviceUrl, PersonalChat), OutboundMessage.Plain("hi"), CancellationToken.None);

        var request = Assert.Single(Connector.Requests);
        Assert.Equal(("POST", expectedPath), (request.Method, request.RawTarget));
        Assert.Equal(new ActivityReference(serviceUrl, PersonalChat, "1700000000001"), sent);
    }

    [Fact]
    public async Task Send_carries_the_app_token_and_the_card_as_an_adaptive_attachment()
    {
        var card = new AdaptiveCard([new TextBlock("Approval needed")]);

        await Client.SendToConversationAsync(Conversation(), OutboundMessage.WithCard(card, "Approval needed"), CancellationToken.None);

        var request = Assert.Single(Connector.Requests);
        Assert.Equal("Bearer " + Tokens.Token, request.Authorization);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["attachments"]![0]!["contentType"]);
        Assert.Equal("Approval needed", (string?)body["attachments"]![0]!["content"]!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task Channel_thread_ids_are_escaped_as_one_path_segment()
    {
        var thread = new ConversationReference(Connector.BaseUri.ToString(), "19:abc@thread.tacv2;messageid=1712");

        await Client.SendToConversationAsync(thread, OutboundMessage.Plain("hi"), CancellationToken.None);

        Assert.Equal("/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1712/activities", Assert.Single(Connector.Requests).RawTarget);
    }

    [Fact]
    public async Task Reply_posts_under_the_activity_it_answers()
    {
        var original = new ActivityReference(Connector.BaseUri.ToString(), PersonalChat, "1699999999999");

        await Client.ReplyToActivityAsync(original, OutboundMessage.Plain("noted"), CancellationToken.None);

        var request = Assert.Single(Connector.Requests);
        Assert.Equal(("POST", "/v3/conversations/a%3A1pQ9xYz/activities/1699999999999"), (request.Method, request.RawTarget));
        Assert.Equal("1699999999999", (string?)JsonNode.Parse(request.Body)!["replyToId"]);
    }

    [Fact]
    public async Task Update_puts_the_new_card_on_the_same_activity()
    {
        var posted = new ActivityReference(Connector.BaseUri.ToString(), PersonalChat, "1699999999999");

        await Client.UpdateActivityAsync(posted, OutboundMessage.WithCard(new AdaptiveCard([new TextBlock("Approved")])), CancellationToken.None);

        var request = Assert.Single(Connector.Requests);
        Assert.Equal(("PUT", "/v3/conversations/a%3A1pQ9xYz/activities/1699999999999"), (request.Method, request.RawTarget));
        Assert.Equal("1699999999999", (string?)JsonNode.Parse(request.Body)!["id"]);
    }

    [Fact]
    public async Task Personal_conversation_is_created_with_bot_member_and_tenant()
    {
        Connector.DefaultBody = """{ "id": "a:1newChat" }""";

        var chat = await Client.CreatePersonalConversationAsync(Connector.BaseUri.ToString(), "tenant-1", "29:user-7", CancellationToken.None);

        var request = Assert.Single(Connector.Requests);
        Assert.Equal(("POST", "/v3/conversations"), (request.Method, request.RawTarget));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("28:" + ChannelToken.AppId, (string?)body["bot"]!["id"]);
        Assert.Equal("29:user-7", (string?)body["members"]![0]!["id"]);
        Assert.False((bool)body["isGroup"]!);
        Assert.Equal("tenant-1", (string?)body["tenantId"]);
        Assert.Equal("tenant-1", (string?)body["channelData"]!["tenant"]!["id"]);
        Assert.Equal(new ConversationReference(Connector.BaseUri.ToString(), "a:1newChat"), chat);
    }

    [Fact]
    public async Task Member_is_read_with_its_entra_identity()
    {
        Connector.DefaultBody = """
            { "id": "29:user-7", "name": "Dana Reviewer", "aadObjectId": "6f1c-aad", "email": "dana@contoso.com",
              "userPrincipalName": "dana@contoso.com", "tenantId": "tenant-1", "userRole": "user" }
            """;

        var member = await Client.GetConversationMemberAsync(Conversation(), "29:user-7", CancellationToken.None);

        Assert.Equal(("GET", "/v3/conversations/a%3A1pQ9xYz/members/29%3Auser-7"), (Assert.Single(Connector.Requests).Method, Connector.Requests.Single().RawTarget));
        Assert.Equal(new ConversationMember("29:user-7", "Dana Reviewer", "6f1c-aad", "dana@contoso.com", "dana@contoso.com", "tenant-1"), member);
    }
}
