using System.Text;
using Microsoft.AspNetCore.Http;
using PostApprovalBot.Slack.Http;

namespace PostApprovalBot.Slack.Tests.Http;

[Trait("Category", "Slack")]
public sealed class SlackRawBodyTests
{
    private static HttpRequest Request(byte[] body, long? declaredLength = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = declaredLength;
        return context.Request;
    }

    [Fact]
    public async Task Body_is_read_byte_for_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("text=caf%C3%A9+%26+more");

        Assert.Equal(bytes, await SlackRawBody.ReadAsync(Request(bytes), CancellationToken.None));
    }

    [Fact]
    public async Task Body_over_the_cap_is_refused_even_without_a_declared_length()
    {
        Assert.Null(await SlackRawBody.ReadAsync(Request(new byte[101]), CancellationToken.None, maxBytes: 100));
        Assert.Null(await SlackRawBody.ReadAsync(Request([], declaredLength: 101), CancellationToken.None, maxBytes: 100));
        Assert.NotNull(await SlackRawBody.ReadAsync(Request(new byte[100]), CancellationToken.None, maxBytes: 100));
    }
}
