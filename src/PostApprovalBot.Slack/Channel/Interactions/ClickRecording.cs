using Microsoft.Extensions.Logging;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Slack.Http;
using PostApprovalBot.Slack.Views;

namespace PostApprovalBot.Slack.Channel.Interactions;

/// <summary>
/// The acknowledgement rule for a button that changes state (Approve, Accept suggestion): the core's change is awaited
/// before Slack gets its answer. Stored or refused (a refusal is audited) → 200. Not stored — the core was too busy
/// (<see cref="RefusalCode.Busy"/>) or storage failed → 503, which Slack shows as a failed click, and the clicker is
/// also told privately afterwards, as the 503 alone says little.
/// </summary>
public static class ClickRecording
{
    public static async Task<SlackClickAnswer> AnswerAsync(Func<Task<Refusal?>> change, string what, ILogger logger, CancellationToken cancellationToken)
    {
        Refusal? refusal;
        try
        {
            refusal = await change();
        }
        // A storage timeout may surface as a cancellation too; only the request's own cancellation is not a failure to tell.
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "{What} could not be stored; answered 503.", what);
            return NotRecorded($"{what} could not be recorded: storage failed on my side. Click again in a minute; "
                + "a second click is safe (if the first one counted after all, the message shows it and the second is refused).");
        }
        return refusal switch
        {
            null => SlackClickAnswer.Stored(),
            { Code: RefusalCode.Busy } => NotRecorded($"{what} was not recorded: {refusal.Message}"),
            _ => SlackClickAnswer.Stored(SlackNotice.Refusal(refusal.Message)),
        };
    }

    private static SlackClickAnswer NotRecorded(string message) =>
        new(SlackHttpAnswer.NotRecorded(message), SlackNotice.Refusal(message));
}
