using Microsoft.AspNetCore.Http;
using PostApprovalBot.Slack.Inbound.Events;

namespace PostApprovalBot.Slack.Tests.Inbound;

[Trait("Category", "Slack")]
public sealed class SlackEventRetryTests
{
    [Fact]
    public void First_delivery_is_not_a_retry()
    {
        Assert.Null(SlackEventRetry.FromHeaders(new HeaderDictionary()));
    }

    [Fact]
    public void Retry_headers_give_number_and_reason()
    {
        var headers = new HeaderDictionary { ["X-Slack-Retry-Num"] = "2", ["X-Slack-Retry-Reason"] = "http_timeout" };

        Assert.Equal(new SlackEventRetry(2, "http_timeout"), SlackEventRetry.FromHeaders(headers));
    }

    [Fact]
    public void Retry_without_reason_is_still_a_retry()
    {
        var headers = new HeaderDictionary { ["X-Slack-Retry-Num"] = "1" };

        Assert.Equal(new SlackEventRetry(1, "unknown"), SlackEventRetry.FromHeaders(headers));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("two")]
    public void Unreadable_retry_number_is_not_a_retry(string number)
    {
        Assert.Null(SlackEventRetry.FromHeaders(new HeaderDictionary { ["X-Slack-Retry-Num"] = number }));
    }
}
