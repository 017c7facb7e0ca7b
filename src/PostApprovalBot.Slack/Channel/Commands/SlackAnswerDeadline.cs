using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Http;
using PostApprovalBot.Slack.Views;

namespace PostApprovalBot.Slack.Channel.Commands;

/// <summary>
/// Slack shows an error when a command is not answered within 3 s. Work that finishes inside the budget is the HTTP
/// answer (ephemeral); slower work gets "working on it" now and is handed to <c>followUp</c>, which sends its answer
/// when ready. When the follow-up cannot be taken on, the person is told how to find out the result themselves.
/// </summary>
public static class SlackAnswerDeadline
{
    public const string WorkingOnIt = "Working on it: my answer follows in a moment.";

    public const string NoFollowUp = "This is taking longer than usual and I am too busy to send you the result later. "
        + "Check with `/post my drafts` in a minute whether it was recorded before trying again.";

    /// <param name="work">Never fails: its failures are answers too.</param>
    /// <param name="followUp">Takes on sending the answer of <paramref name="work"/> once done; false when it cannot.</param>
    public static async Task<SlackHttpAnswer> AnswerAsync(Task<SlackMessage?> work, TimeSpan budget, Func<Task<SlackMessage?>, bool> followUp)
    {
        try
        {
            var answer = await work.WaitAsync(budget);
            return answer is null ? SlackHttpAnswer.Ack() : SlackHttpAnswer.Ephemeral(answer);
        }
        catch (TimeoutException)
        {
            return SlackHttpAnswer.Ephemeral(SlackNotice.Text(followUp(work) ? WorkingOnIt : NoFollowUp));
        }
    }
}
