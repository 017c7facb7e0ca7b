using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PostApprovalBot.Slack.Channel.Background;
using PostApprovalBot.Slack.Channel.Events;
using PostApprovalBot.Slack.Http;
using PostApprovalBot.Slack.Inbound.Events;
using PostApprovalBot.Slack.Signing;

namespace PostApprovalBot.Slack.Channel.Endpoints;

/// <summary>
/// POST /slack/events: answers url_verification, claims each event id once (a retry is acknowledged and
/// dropped), queues the work and acknowledges at once.
/// </summary>
internal static class SlackEventsEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context, SlackRequestVerifier verifier, ISlackEventDeduplicator events, SlackBackgroundWork background, ILoggerFactory loggers)
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
        switch (parsed.Value)
        {
            case UrlVerificationRequest verification:
                return SlackHttpAnswer.UrlVerification(verification.Challenge);
            case EventCallback callback when SlackEventHandler.IsHandled(callback.Event):
                if (!await events.TryClaimAsync(callback.EventId, context.RequestAborted))
                {
                    var retry = SlackEventRetry.FromHeaders(context.Request.Headers);
                    logger.LogInformation("Slack event {EventId} was already taken; delivery {Retry} ({Reason}) acknowledged only.",
                        callback.EventId, retry?.RetryNumber ?? 0, retry?.Reason ?? "first");
                    break;
                }
                background.Enqueue($"event {callback.EventId} ({callback.Event.Type})",
                    (services, ct) => services.GetRequiredService<SlackEventHandler>().HandleAsync(callback, ct));
                break;
        }
        return SlackHttpAnswer.Ack();
    }
}
