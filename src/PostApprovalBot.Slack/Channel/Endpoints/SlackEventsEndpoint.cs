using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PostApprovalBot.Slack.Channel.Events;
using PostApprovalBot.Slack.Channel.FollowUps;
using PostApprovalBot.Slack.Http;
using PostApprovalBot.Slack.Inbound.Events;
using PostApprovalBot.Slack.Signing;
using PostApprovalBot.Slack.Views;

namespace PostApprovalBot.Slack.Channel.Endpoints;

/// <summary>
/// POST /slack/events: answers url_verification and claims each event id once (a retry finding it taken is acknowledged
/// and dropped). A text command runs before the answer (<see cref="StateChangingEventAnswer"/>) and its reply is posted
/// after it; opening the Home tab is acknowledged at once and published after.
/// </summary>
internal static class SlackEventsEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context, SlackRequestVerifier verifier, ISlackEventDeduplicator events, SlackEventHandler handler, SlackFollowUps followUps, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(SlackEventsEndpoint).FullName!);
        var (body, refusal) = await SlackVerifiedBody.ReadAsync(context, verifier, logger);
        if (refusal is not null)
        {
            return refusal;
        }
        var parsed = SlackEventsParser.Parse(body);
        if (!parsed.Succeeded)
        {
            return Results.BadRequest(parsed.Error);
        }
        if (parsed.Value is UrlVerificationRequest verification)
        {
            return SlackHttpAnswer.UrlVerification(verification.Challenge);
        }
        if (parsed.Value is not EventCallback callback || !SlackEventHandler.IsHandled(callback.Event))
        {
            return SlackHttpAnswer.Ack();
        }
        var retry = SlackEventRetry.FromHeaders(context.Request.Headers);
        var e = callback.Event;
        if (!await events.TryClaimAsync(callback.EventId, context.RequestAborted))
        {
            logger.LogInformation("Slack event {EventId} was already taken; delivery {Retry} ({Reason}) acknowledged only.",
                callback.EventId, retry?.RetryNumber ?? 0, retry?.Reason ?? "first");
            return SlackHttpAnswer.Ack();
        }
        if (!SlackEventHandler.MayChangeState(e))
        {
            followUps.Enqueue($"event {callback.EventId} ({e.Type})", (services, ct) => services.GetRequiredService<SlackEventHandler>().PublishHomeAsync(e, ct));
            return SlackHttpAnswer.Ack();
        }
        // Not the request's token: Slack hanging up after 3 s must not cut a change short after the claim was taken.
        return await StateChangingEventAnswer.AnswerAsync(callback.EventId, retry, events,
            async () =>
            {
                if (await handler.RunCommandAsync(callback.EventId, e, CancellationToken.None) is { } reply)
                {
                    PostLater(followUps, callback.EventId, reply);
                }
            },
            message => PostLater(followUps, callback.EventId, new SlackEventReply(e, null, SlackNotice.Refusal(message))),
            logger);
    }

    private static void PostLater(SlackFollowUps followUps, string eventId, SlackEventReply reply) =>
        followUps.Enqueue($"reply to event {eventId}", (services, ct) => services.GetRequiredService<SlackEventHandler>().PostReplyAsync(reply, ct));
}
