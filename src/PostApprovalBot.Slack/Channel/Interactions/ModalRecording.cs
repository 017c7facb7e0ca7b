using Microsoft.Extensions.Logging;
using PostApprovalBot.Slack.Channel.Rendering;
using PostApprovalBot.Slack.Http;

namespace PostApprovalBot.Slack.Channel.Interactions;

/// <summary>
/// The acknowledgement rule for a modal that changes state (a draft, a comment): its submission is answered only once the
/// core stored or refused it; when storage fails instead, the modal stays open with an error saying the result could not
/// be confirmed and how to check, never closed as if it had worked.
/// </summary>
internal static class ModalRecording
{
    public static async Task<SlackHttpAnswer> AnswerAsync(
        Func<Task<SlackHttpAnswer>> submit, Func<string, SlackHttpAnswer> error, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return await submit();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "A Slack form could not be confirmed as stored; the modal says so.");
            return error(SlackWording.Unconfirmed);
        }
    }
}
