using PostApprovalBot.Slack.Views;

namespace PostApprovalBot.Slack.Tests.Views;

[Trait("Category", "Slack")]
public sealed class SlackNoticeTests
{
    [Fact]
    public void Notice_escapes_user_text()
    {
        var message = SlackNotice.Text("Saved <!channel> & done");

        Assert.Equal("Saved &lt;!channel&gt; &amp; done", (string?)message.ToJson()["blocks"]![0]!["text"]!["text"]);
        BlockKitAudit.AssertMessage(message.ToJson());
    }

    [Fact]
    public void Refusal_says_why_and_stays_within_limits_for_long_reasons()
    {
        var message = SlackNotice.Refusal(ViewModels.Hostile(10_000));

        Assert.StartsWith(":no_entry_sign: &lt;!channel&gt;", (string?)message.ToJson()["blocks"]![0]!["text"]!["text"]);
        BlockKitAudit.AssertMessage(message.ToJson());
    }

    [Fact]
    public void Blank_notice_is_a_bug()
    {
        Assert.Throws<ArgumentException>(() => SlackNotice.Refusal(" "));
    }
}
