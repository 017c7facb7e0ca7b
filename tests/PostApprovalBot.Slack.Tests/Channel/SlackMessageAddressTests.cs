using PostApprovalBot.Slack.Channel.Messaging;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Tests.Channel;

[Trait("Category", "Slack")]
public sealed class SlackMessageAddressTests
{
    [Fact]
    public void A_message_address_is_channel_and_ts_and_reads_back()
    {
        var message = new SlackMessageRef("D0LENA", "1780000014.000014");

        var address = SlackMessageAddress.Format(message);

        Assert.Equal("D0LENA|1780000014.000014", address);
        Assert.True(SlackMessageAddress.TryParse(address, out var read));
        Assert.Equal(message, read);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("D0LENA")]
    [InlineData("|1780000014.000014")]
    [InlineData("D0LENA|")]
    [InlineData("D0LENA|1|2")]
    [InlineData("{\"serviceUrl\":\"https://smba.trafficmanager.net\"}")]
    public void Anything_else_is_not_a_slack_message_address(string? address)
    {
        Assert.False(SlackMessageAddress.TryParse(address, out _));
    }
}
