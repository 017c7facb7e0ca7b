using PostApprovalBot.Teams.Channel;
using PostApprovalBot.Teams.Connector;

namespace PostApprovalBot.Teams.Tests.Channel;

[Trait("Category", "Teams")]
public sealed class PostedMessageAddressTests
{
    [Fact]
    public void Posted_message_is_found_again_from_its_stored_address()
    {
        var posted = new ActivityReference("https://smba.trafficmanager.net/emea/", "a:1on1", "1700000000001");

        Assert.Equal(posted, PostedMessageAddress.Read(PostedMessageAddress.Write(posted)));
    }

    [Theory]
    [InlineData("C0123|1700000000.000100")]
    [InlineData("""{"serviceUrl":"https://x/","conversationId":"a:1"}""")]
    public void Address_written_by_another_channel_is_refused(string stored)
    {
        Assert.Throws<FormatException>(() => PostedMessageAddress.Read(stored));
    }
}
