using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PostApprovalBot.Slack.Channel.Interactions;
using PostApprovalBot.Slack.Inbound.Interactions;
using PostApprovalBot.Slack.Signing;

namespace PostApprovalBot.Slack.Channel.Endpoints;

/// <summary>POST /slack/interactions: buttons and modal submissions, answered within Slack's 3 seconds.</summary>
internal static class SlackInteractionsEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, SlackRequestVerifier verifier, SlackInteractionHandler handler, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(SlackInteractionsEndpoint).FullName!);
        var (body, refusal) = await SlackVerifiedBody.ReadAsync(context, verifier, logger);
        if (refusal is not null)
        {
            return refusal;
        }
        var parsed = SlackInteractionParser.Parse(body);
        return parsed.Succeeded
            ? await handler.HandleAsync(parsed.Value, context.RequestAborted)
            : Results.BadRequest(parsed.Error);
    }
}
