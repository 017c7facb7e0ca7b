using PostApprovalBot.Teams.Activities;
using PostApprovalBot.Teams.Channel.Identity;

namespace PostApprovalBot.Teams.Tests.Channel;

[Trait("Category", "Teams")]
public sealed class TeamsAddressTests
{
    [Fact]
    public void Personal_chat_gives_a_complete_address_that_survives_storage()
    {
        var address = TeamsAddress.From(TestActivities.TeamsMessage(), "")!;

        Assert.Equal(new TeamsAddress(ChannelToken.PublicServiceUrl, "tenant-1", "28:" + ChannelToken.AppId, "29:user-1", "a:personal-1"), address);
        Assert.Equal(address, TeamsAddress.Parse(address.Serialize()));
        Assert.Equal("a:personal-1", address.Conversation()!.ConversationId);
    }

    [Fact]
    public void Team_channel_keeps_who_and_where_but_not_the_channel_as_a_one_to_one_chat()
    {
        var activity = TestActivities.TeamsMessage() with { Conversation = new ConversationAccount("19:general@thread.tacv2", "channel") };

        var address = TeamsAddress.From(activity, "configured-tenant")!;

        Assert.Null(address.ConversationId);
        Assert.Null(address.Conversation());
        Assert.Equal(("configured-tenant", "29:user-1"), (address.TenantId, address.UserId));
    }

    [Fact]
    public void Tenant_falls_back_to_channel_data()
    {
        var activity = TestActivities.TeamsMessage() with
        {
            Conversation = new ConversationAccount("a:p", "personal"),
            ChannelData = new TeamsChannelData(new TeamsReference("tenant-from-channel-data")),
        };

        Assert.Equal("tenant-from-channel-data", TeamsAddress.From(activity, "configured")!.TenantId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"serviceUrl":""}""")]
    [InlineData("address-of-someone@contoso.com")]
    public void Missing_or_foreign_addresses_read_as_unreachable(string? stored)
    {
        Assert.Null(TeamsAddress.Parse(stored));
    }

    [Fact]
    public void User_key_is_the_entra_object_id_or_the_teams_id_when_there_is_none()
    {
        Assert.Equal("aad-1", Teams.Channel.Identity.TeamsIdentity.UserKey(new ChannelAccount("29:x", "X", "aad-1")));
        Assert.Equal("29:x", Teams.Channel.Identity.TeamsIdentity.UserKey(new ChannelAccount("29:x", "X")));
    }
}
