using Microsoft.Extensions.Logging.Abstractions;
using PostApprovalBot.Slack.Channel.Commands;
using PostApprovalBot.Slack.Channel.Events;
using PostApprovalBot.Slack.Http;
using PostApprovalBot.Slack.Inbound.Events;

namespace PostApprovalBot.Slack.Tests.Channel;

[Trait("Category", "Slack")]
public sealed class StateChangingEventAnswerTests
{
    private const string EventId = "Ev0AB12CD34";
    private readonly InMemorySlackEventDeduplicator _claims = new(TimeProvider.System);
    private readonly List<string> _told = [];

    private sealed class UnreleasableClaims : ISlackEventDeduplicator
    {
        public Task<bool> TryClaimAsync(string eventId, CancellationToken cancellationToken = default) => Task.FromResult(true);

        public Task ReleaseAsync(string eventId, CancellationToken cancellationToken = default) => throw new HttpRequestException("storage is down");
    }

    private Task<SlackHttpAnswer> AnswerAsync(Func<Task> work, int? retry = null, ISlackEventDeduplicator? claims = null) =>
        StateChangingEventAnswer.AnswerAsync(EventId, retry is { } n ? new SlackEventRetry(n, "http_error") : null, claims ?? _claims, work, _told.Add, NullLogger.Instance);

    [Fact]
    public async Task A_command_is_run_before_the_answer_and_keeps_its_claim()
    {
        await _claims.TryClaimAsync(EventId);
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var answering = AnswerAsync(() => ran.Task);
        await Task.Yield();
        Assert.False(answering.IsCompleted);
        ran.SetResult();
        var answer = await answering.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(200, answer.StatusCode);
        Assert.False(await _claims.TryClaimAsync(EventId));
        Assert.Empty(_told);
    }

    [Fact]
    public async Task A_failed_command_releases_the_claim_and_answers_503_so_slacks_retry_runs_it_again()
    {
        await _claims.TryClaimAsync(EventId);

        var answer = await AnswerAsync(() => throw new HttpRequestException("Connection refused"));

        Assert.Equal(503, answer.StatusCode);
        Assert.True(await _claims.TryClaimAsync(EventId));
        Assert.Empty(_told);
    }

    [Fact]
    public async Task A_busy_core_on_slacks_last_retry_tells_the_author_nothing_was_recorded()
    {
        await _claims.TryClaimAsync(EventId);

        var answer = await AnswerAsync(() => throw new ChangeNotRecordedException("Busy; nothing was recorded. Try again in a moment."), retry: StateChangingEventAnswer.LastRetry);

        Assert.Equal(503, answer.StatusCode);
        Assert.Equal(["Busy; nothing was recorded. Try again in a moment."], _told);
    }

    [Fact]
    public async Task A_failure_of_unknown_effect_whose_claim_cannot_be_released_tells_the_author_how_to_check_not_that_it_failed()
    {
        var answer = await AnswerAsync(() => throw new TimeoutException("storage timed out"), claims: new UnreleasableClaims());

        Assert.Equal(503, answer.StatusCode);
        var told = Assert.Single(_told);
        Assert.Contains("cannot tell whether it was recorded", told, StringComparison.Ordinal);
        Assert.Contains("my drafts", told, StringComparison.Ordinal);
    }
}
