using PostApprovalBot.Slack.Channel.Commands;

namespace PostApprovalBot.Slack.Tests.Channel;

[Trait("Category", "Slack")]
public sealed class SlackTypedTextTests
{
    [Theory]
    [InlineData("submit linkedin-contoso Fish &amp; chips &lt;3", "submit linkedin-contoso Fish & chips <3")]
    [InlineData("Apply at <https://contoso.com/jobs>", "Apply at https://contoso.com/jobs")]
    [InlineData("See <https://contoso.com|contoso.com> today", "See contoso.com today")]
    [InlineData("Thanks <@U024BE7LH|ana> and <#C024BE7LR|general>", "Thanks @ana and #general")]
    [InlineData("Ping <@U024BE7LH>", "Ping <@U024BE7LH>")]
    [InlineData("Write to <mailto:jobs@contoso.com|jobs@contoso.com>", "Write to jobs@contoso.com")]
    [InlineData("&amp;lt; stays one level", "&lt; stays one level")]
    [InlineData("", "")]
    public void Slack_markup_becomes_the_text_the_person_typed(string delivered, string typed)
    {
        Assert.Equal(typed, SlackTypedText.ToPlain(delivered));
    }
}
