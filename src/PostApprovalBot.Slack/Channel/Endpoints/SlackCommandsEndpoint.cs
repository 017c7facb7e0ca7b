using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PostApprovalBot.Slack.Channel.Commands;
using PostApprovalBot.Slack.Inbound.Commands;
using PostApprovalBot.Slack.Signing;

namespace PostApprovalBot.Slack.Channel.Endpoints;

/// <summary>POST /slack/commands: the /post slash command, answered only to the person who typed it.</summary>
internal static class SlackCommandsEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, SlackRequestVerifier verifier, SlashCommandAnswerer answerer, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(SlackCommandsEndpoint).FullName!);
        var (body, refusal) = await SlackVerifiedBody.ReadAsync(context, verifier, logger);
        if (refusal is not null)
        {
            return refusal;
        }
        var parsed = SlashCommandParser.Parse(body);
        return parsed.Succeeded
            ? await answerer.AnswerAsync(parsed.Value)
            : Results.BadRequest(parsed.Error);
    }
}
