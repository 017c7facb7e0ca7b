using Microsoft.Extensions.Logging.Abstractions;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Slack.Channel.Interactions;

namespace PostApprovalBot.Slack.Tests.Channel;

[Trait("Category", "Slack")]
public sealed class ClickRecordingTests
{
    private const string Approval = "Your approval of draft P-7K3QXM";

    private static Task<SlackClickAnswer> AnswerAsync(Func<Task<Refusal?>> change) =>
        ClickRecording.AnswerAsync(change, Approval, NullLogger.Instance, CancellationToken.None);

    [Fact]
    public async Task Approve_is_answered_only_once_the_core_has_stored_the_decision()
    {
        var stored = new TaskCompletionSource<Refusal?>(TaskCreationOptions.RunContinuationsAsynchronously);

        var answering = AnswerAsync(() => stored.Task);
        await Task.Yield();
        Assert.False(answering.IsCompleted);
        stored.SetResult(null);
        var answer = await answering.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(200, answer.Answer.StatusCode);
        Assert.Null(answer.TellAfterwards);
    }

    [Fact]
    public async Task A_refused_click_is_audited_by_the_core_so_it_is_answered_200_and_the_reason_told_afterwards()
    {
        var answer = await AnswerAsync(() => Task.FromResult<Refusal?>(new Refusal(RefusalCode.AlreadyDecided, "Legal was already decided by Lena.")));

        Assert.Equal(200, answer.Answer.StatusCode);
        Assert.Contains("already decided by Lena", answer.TellAfterwards!.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_core_is_answered_503_and_the_clicker_is_told_privately_nothing_was_recorded()
    {
        var answer = await AnswerAsync(() => Task.FromResult<Refusal?>(new Refusal(RefusalCode.Busy, "Busy; nothing was recorded. Try again in a moment.")));

        Assert.Equal(503, answer.Answer.StatusCode);
        Assert.Contains("was not recorded", answer.Answer.Text, StringComparison.Ordinal);
        Assert.Contains(Approval + " was not recorded", answer.TellAfterwards!.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_storage_failure_is_answered_503_and_the_clicker_is_told_to_click_again()
    {
        var answer = await AnswerAsync(() => throw new HttpRequestException("Connection refused (127.0.0.1:10002)"));

        Assert.Equal(503, answer.Answer.StatusCode);
        Assert.Contains("Click again", answer.TellAfterwards!.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_storage_timeout_surfacing_as_a_cancellation_is_a_failure_too_when_the_request_was_not_cancelled()
    {
        var answer = await AnswerAsync(() => throw new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout."));

        Assert.Equal(503, answer.Answer.StatusCode);
    }
}
