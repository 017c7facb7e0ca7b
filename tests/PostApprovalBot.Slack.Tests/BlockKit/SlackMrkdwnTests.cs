using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.Tests.BlockKit;

[Trait("Category", "Slack")]
public sealed class SlackMrkdwnTests
{
    [Theory]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<!channel>", "&lt;!channel&gt;")]
    [InlineData("<@U123|boss>", "&lt;@U123|boss&gt;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("plain *bold* _it_", "plain *bold* _it_")]
    public void Escape_neutralises_slacks_control_characters(string text, string expected)
    {
        Assert.Equal(expected, SlackMrkdwn.Escape(text));
    }

    [Fact]
    public void User_mention_refuses_anything_but_an_id()
    {
        Assert.Equal("<@U123ABC>", SlackMrkdwn.UserMention("U123ABC"));
        Assert.Throws<ArgumentException>(() => SlackMrkdwn.UserMention("U1>|<!channel"));
    }

    [Fact]
    public void Link_escapes_its_label_and_allows_only_web_targets()
    {
        Assert.Equal("<https://example.com/policy?a=1&amp;b=2|Policy &lt;v2&gt;>", SlackMrkdwn.Link(new Uri("https://example.com/policy?a=1&b=2"), "Policy <v2>"));
        Assert.Throws<ArgumentException>(() => SlackMrkdwn.Link(new Uri("javascript:alert(1)"), "x"));
    }

    [Fact]
    public void Bold_escapes_and_skips_blank_text()
    {
        Assert.Equal("*a &lt;b&gt;*", SlackMrkdwn.Bold(" a <b> "));
        Assert.Equal("", SlackMrkdwn.Bold("  "));
    }
}
