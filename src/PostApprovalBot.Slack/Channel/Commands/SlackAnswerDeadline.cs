using Microsoft.Extensions.Logging;
using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Http;
using PostApprovalBot.Slack.Views;

namespace PostApprovalBot.Slack.Channel.Commands;

/// <summary>
/// Slack shows an error when a command is not answered within 3 s. Work that finishes inside the budget is the
/// HTTP answer (ephemeral); slower work gets "working on it" now and its answer sent by <c>later</c> when ready.
/// </summary>
public static class SlackAnswerDeadline
{
    public const string WorkingOnIt = "Working on it: my answer follows in a moment.";

    public static async Task<SlackHttpAnswer> AnswerAsync(Task<SlackMessage?> work, TimeSpan budget, Func<SlackMessage, Task> later, ILogger logger)
    {
        try
        {
            var answer = await work.WaitAsync(budget);
            return answer is null ? SlackHttpAnswer.Ack() : SlackHttpAnswer.Ephemeral(answer);
        }
        catch (TimeoutException)
        {
            _ = FollowUpAsync(work, later, logger);
            return SlackHttpAnswer.Ephemeral(SlackNotice.Text(WorkingOnIt));
        }
    }

    private static async Task FollowUpAsync(Task<SlackMessage?> work, Func<SlackMessage, Task> later, ILogger logger)
    {
        try
        {
            if (await work is { } answer)
            {
                await later(answer);
            }
        }
        catch (Exception e)
        {
            logger.LogError(e, "A late Slack answer could not be sent.");
        }
    }
}
