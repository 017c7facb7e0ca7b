using PostApprovalBot.Slack.Channel.Events;
using PostApprovalBot.Slack.Inbound.Events;

namespace PostApprovalBot.Slack.Tests.Channel;

[Trait("Category", "Slack")]
public sealed class SlackEventFilterTests
{
    private static SlackEvent Message(string? channelType = "im", string? subtype = null, string? botId = null, string? user = "U1") =>
        new("message", subtype, user, "D1", channelType, "help", botId, null, "1.2");

    [Fact]
    public void A_person_writing_in_the_bots_dm_is_handled()
    {
        Assert.True(SlackEventHandler.IsHandled(Message()));
    }

    [Theory]
    [InlineData("channel", null, null, "U1")]
    [InlineData("im", "message_changed", null, "U1")]
    [InlineData("im", "bot_message", null, "U1")]
    [InlineData("im", null, "B0OURS", "U1")]
    [InlineData("im", null, null, null)]
    public void Channel_messages_edits_bot_messages_and_anonymous_messages_are_ignored(string channelType, string? subtype, string? botId, string? user)
    {
        Assert.False(SlackEventHandler.IsHandled(Message(channelType, subtype, botId, user)));
    }

    [Theory]
    [InlineData("home", true)]
    [InlineData(null, true)]
    [InlineData("messages", false)]
    public void Only_opening_the_home_tab_publishes_it(string? tab, bool handled)
    {
        Assert.Equal(handled, SlackEventHandler.IsHandled(new SlackEvent("app_home_opened", null, "U1", "D1", null, null, null, tab, null)));
    }

    [Fact]
    public void A_mention_is_handled_and_unknown_events_are_not()
    {
        Assert.True(SlackEventHandler.IsHandled(new SlackEvent("app_mention", null, "U1", "C1", null, "<@U0BOT> help", null, null, "1.2")));
        Assert.False(SlackEventHandler.IsHandled(new SlackEvent("reaction_added", null, "U1", "C1", null, null, null, null, "1.2")));
    }

    [Theory]
    [InlineData("<@U0BOT> status P-7K3QXM", "status P-7K3QXM")]
    [InlineData("  <@U0BOT|post-approval>   help", "help")]
    [InlineData("<@U0BOT> <@U0BOT> pending", "pending")]
    [InlineData("<@U0BOT> submit linkedin-contoso Thanks <@U0ANA>!", "submit linkedin-contoso Thanks <@U0ANA>!")]
    public void Leading_mentions_address_the_bot_and_are_not_part_of_the_command(string text, string command)
    {
        Assert.Equal(command, SlackEventHandler.WithoutMentions(text));
    }
}
