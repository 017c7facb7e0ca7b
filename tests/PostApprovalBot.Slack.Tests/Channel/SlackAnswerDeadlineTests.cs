using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Channel.Commands;
using PostApprovalBot.Slack.Views;

namespace PostApprovalBot.Slack.Tests.Channel;

[Trait("Category", "Slack")]
public sealed class SlackAnswerDeadlineTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task Work_done_within_the_budget_is_the_ephemeral_answer()
    {
        var answer = await SlackAnswerDeadline.AnswerAsync(Task.FromResult<SlackMessage?>(SlackNotice.Text("Done.")), Budget, _ => true);

        Assert.Equal("ephemeral", (string?)answer.Body!["response_type"]);
        Assert.Contains("Done.", Rendered.Text(answer.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Work_with_nothing_to_say_is_a_plain_acknowledgement()
    {
        var answer = await SlackAnswerDeadline.AnswerAsync(Task.FromResult<SlackMessage?>(null), Budget, _ => true);

        Assert.Null(answer.Body);
    }

    [Fact]
    public async Task Slow_work_is_acknowledged_in_time_and_its_answer_is_sent_when_ready()
    {
        var work = new TaskCompletionSource<SlackMessage?>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<SlackMessage?>? handedOver = null;

        var answer = await SlackAnswerDeadline.AnswerAsync(work.Task, Budget, later => { handedOver = later; return true; });
        work.SetResult(SlackNotice.Text("Your drafts: 3"));

        Assert.Contains(SlackAnswerDeadline.WorkingOnIt, Rendered.Text(answer.Body!), StringComparison.Ordinal);
        Assert.Equal("Your drafts: 3", (await handedOver!.WaitAsync(TimeSpan.FromSeconds(10)))!.FallbackText);
    }

    [Fact]
    public async Task Slow_work_whose_answer_cannot_be_followed_up_says_how_to_check_instead_of_promising_one()
    {
        var work = new TaskCompletionSource<SlackMessage?>(TaskCreationOptions.RunContinuationsAsynchronously);

        var answer = await SlackAnswerDeadline.AnswerAsync(work.Task, Budget, _ => false);

        var text = Rendered.Text(answer.Body!);
        Assert.DoesNotContain(SlackAnswerDeadline.WorkingOnIt, text, StringComparison.Ordinal);
        Assert.Contains("/post my drafts", text, StringComparison.Ordinal);
    }
}
