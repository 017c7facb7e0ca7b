using Microsoft.Extensions.Logging.Abstractions;
using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Channel.Commands;
using PostApprovalBot.Slack.Tests.Support;
using PostApprovalBot.Slack.Views;

namespace PostApprovalBot.Slack.Tests.Channel;

[Trait("Category", "Slack")]
public sealed class SlackAnswerDeadlineTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task Work_done_within_the_budget_is_the_ephemeral_answer()
    {
        var answer = await SlackAnswerDeadline.AnswerAsync(Task.FromResult<SlackMessage?>(SlackNotice.Text("Done.")), Budget, _ => Task.CompletedTask, NullLogger.Instance);

        Assert.Equal("ephemeral", (string?)answer.Body!["response_type"]);
        Assert.Contains("Done.", Rendered.Text(answer.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Work_with_nothing_to_say_is_a_plain_acknowledgement()
    {
        var answer = await SlackAnswerDeadline.AnswerAsync(Task.FromResult<SlackMessage?>(null), Budget, _ => Task.CompletedTask, NullLogger.Instance);

        Assert.Null(answer.Body);
    }

    [Fact]
    public async Task Slow_work_is_acknowledged_in_time_and_its_answer_is_sent_when_ready()
    {
        var work = new TaskCompletionSource<SlackMessage?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sent = new TaskCompletionSource<SlackMessage>(TaskCreationOptions.RunContinuationsAsynchronously);

        var answer = await SlackAnswerDeadline.AnswerAsync(work.Task, Budget, message => { sent.SetResult(message); return Task.CompletedTask; }, NullLogger.Instance);
        Assert.False(sent.Task.IsCompleted);
        work.SetResult(SlackNotice.Text("Your drafts: 3"));

        Assert.Contains(SlackAnswerDeadline.WorkingOnIt, Rendered.Text(answer.Body!), StringComparison.Ordinal);
        Assert.Equal("Your drafts: 3", (await sent.Task.WaitAsync(TimeSpan.FromSeconds(10))).FallbackText);
    }
}
