using Microsoft.Extensions.Logging;
using PostApprovalBot.Slack.Channel.Commands;
using PostApprovalBot.Slack.Channel.Rendering;
using PostApprovalBot.Slack.Http;
using PostApprovalBot.Slack.Inbound.Events;

namespace PostApprovalBot.Slack.Channel.Events;

/// <summary>
/// The acknowledgement rule for a claimed event that may change state (a text command): the work runs before Slack is
/// answered. Done (stored, or refused) → 200. Failed → the event-id claim is given back and Slack gets a 503, so its
/// retry (up to <see cref="LastRetry"/>) runs the command again instead of being dropped as a duplicate; a "submit …" that
/// was stored after all is recognized by its event id (<see cref="SlackCommandSource.RequestKey"/>), not stored twice. Only when no
/// retry will come (this was the last one, or the claim could not be given back) is the author told, through
/// <c>tell</c>, that nothing was recorded or that the result could not be confirmed.
/// </summary>
public static class StateChangingEventAnswer
{
    /// <summary>Slack retries a failed delivery 3 times.</summary>
    public const int LastRetry = 3;

    public static async Task<SlackHttpAnswer> AnswerAsync(
        string eventId, SlackEventRetry? retry, ISlackEventDeduplicator claims, Func<Task> work, Action<string> tell, ILogger logger)
    {
        try
        {
            await work();
            return SlackHttpAnswer.Ack();
        }
        catch (Exception e)
        {
            var message = e is ChangeNotRecordedException ? e.Message : SlackWording.Unconfirmed;
            logger.LogError(e, "Slack event {EventId} (delivery {Retry}) failed before its answer; answered 503.", eventId, retry?.RetryNumber ?? 0);
            if (!await TryReleaseAsync(eventId, claims, logger) || retry?.RetryNumber >= LastRetry)
            {
                tell(message);
            }
            return SlackHttpAnswer.NotRecorded(message);
        }
    }

    private static async Task<bool> TryReleaseAsync(string eventId, ISlackEventDeduplicator claims, ILogger logger)
    {
        try
        {
            await claims.ReleaseAsync(eventId);
            return true;
        }
        catch (Exception e)
        {
            logger.LogError(e, "The claim on Slack event {EventId} could not be given back: Slack's retry will be taken for a duplicate.", eventId);
            return false;
        }
    }
}
