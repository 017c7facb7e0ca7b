using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Invoke;

namespace PostApprovalBot.Teams.Tests.Invoke;

[Trait("Category", "Teams")]
public sealed class AdaptiveCardActionResponseTests
{
    [Fact]
    public void Card_response_replaces_the_card_for_the_clicking_user()
    {
        var response = AdaptiveCardActionResponse.Card(new AdaptiveCard([new TextBlock("Approved by you")]));

        var json = JsonNode.Parse(response.ToJsonString())!;

        Assert.Equal(200, response.HttpStatusCode);
        Assert.Equal((200, "application/vnd.microsoft.card.adaptive"), ((int)json["statusCode"]!, (string)json["type"]!));
        Assert.Equal("AdaptiveCard", (string?)json["value"]!["type"]);
        Assert.Equal("Approved by you", (string?)json["value"]!["body"]![0]!["text"]);
    }

    [Fact]
    public void Message_response_shows_a_text()
    {
        var json = AdaptiveCardActionResponse.Message("Saved.").ToJson();

        Assert.Equal((200, "application/vnd.microsoft.activity.message", "Saved."), ((int)json["statusCode"]!, (string)json["type"]!, (string)json["value"]!));
    }

    [Fact]
    public void Error_response_carries_code_and_message_but_the_http_status_stays_200()
    {
        var response = AdaptiveCardActionResponse.Error(400, "StaleRevision", "This card shows revision 2; the draft is at revision 3.");

        var json = response.ToJson();

        Assert.Equal(200, response.HttpStatusCode);
        Assert.Equal((400, "application/vnd.microsoft.error"), ((int)json["statusCode"]!, (string)json["type"]!));
        Assert.Equal(("StaleRevision", "This card shows revision 2; the draft is at revision 3."), ((string)json["value"]!["code"]!, (string)json["value"]!["message"]!));
    }

    [Theory]
    [InlineData(200)]
    [InlineData(302)]
    [InlineData(600)]
    public void Error_response_needs_an_error_status(int status)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AdaptiveCardActionResponse.Error(status, "X", "y"));
    }

    [Fact]
    public void Serialising_twice_gives_the_same_json()
    {
        var response = AdaptiveCardActionResponse.Card(new AdaptiveCard([new TextBlock("x")]));

        Assert.Equal(response.ToJsonString(), response.ToJsonString());
    }
}
