using Microsoft.AspNetCore.Http;
using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Http;
using PostApprovalBot.Slack.Views;

namespace PostApprovalBot.Slack.Tests.Http;

[Trait("Category", "Slack")]
public sealed class SlackHttpAnswerTests
{
    private static async Task<(int Status, string? ContentType, string Body)> ExecuteAsync(SlackHttpAnswer answer)
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        await answer.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, context.Response.ContentType, await new StreamReader(context.Response.Body).ReadToEndAsync());
    }

    [Fact]
    public async Task Ack_is_an_empty_200()
    {
        Assert.Equal((200, null, ""), await ExecuteAsync(SlackHttpAnswer.Ack()));
    }

    [Fact]
    public async Task Not_recorded_is_a_503_with_a_plain_sentence_so_slack_shows_the_failure()
    {
        Assert.Equal((503, "text/plain; charset=utf-8", "Nothing was recorded."), await ExecuteAsync(SlackHttpAnswer.NotRecorded("Nothing was recorded.")));
    }

    [Fact]
    public async Task Url_verification_echoes_the_challenge_as_json()
    {
        var (status, contentType, body) = await ExecuteAsync(SlackHttpAnswer.UrlVerification("abc123"));

        Assert.Equal((200, "application/json; charset=utf-8"), (status, contentType));
        Assert.Equal("abc123", (string?)JsonNode.Parse(body)!["challenge"]);
    }

    [Fact]
    public async Task Slash_command_reply_is_ephemeral()
    {
        var body = JsonNode.Parse((await ExecuteAsync(SlackHttpAnswer.Ephemeral(SlackNotice.Text("Only you see this")))).Body)!;

        Assert.Equal("ephemeral", (string?)body["response_type"]);
        Assert.Equal("Only you see this", (string?)body["text"]);
        Assert.Equal("section", (string?)body["blocks"]![0]!["type"]);
    }

    [Fact]
    public void View_submission_answers_errors_clear_and_update()
    {
        var errors = SlackHttpAnswer.ViewErrors(new Dictionary<string, string> { ["draft_text"] = "Too long." }).Body!;
        var clear = SlackHttpAnswer.ViewClear().Body!;
        var update = SlackHttpAnswer.ViewUpdate(new ModalView("Thanks", [new SectionBlock(new PlainText("Sent."))], "done")).Body!;

        Assert.Equal(("errors", "Too long."), ((string?)errors["response_action"], (string?)errors["errors"]!["draft_text"]));
        Assert.Equal("clear", (string?)clear["response_action"]);
        Assert.Equal(("update", "modal"), ((string?)update["response_action"], (string?)update["view"]!["type"]));
    }

    [Fact]
    public void Errors_answer_needs_at_least_one_error()
    {
        Assert.Throws<ArgumentException>(() => SlackHttpAnswer.ViewErrors(new Dictionary<string, string>()));
    }
}
