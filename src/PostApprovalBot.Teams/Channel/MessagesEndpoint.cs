using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PostApprovalBot.Teams.Activities;
using PostApprovalBot.Teams.Authentication;
using PostApprovalBot.Teams.Channel.Turns;

namespace PostApprovalBot.Teams.Channel;

/// <summary>
/// POST /api/messages: read the activity, authenticate it exactly as the protocol layer says (nothing is looked up or stored before),
/// then hand it to the turn handler. Refusals carry no body, so a forger learns nothing.
/// </summary>
internal static class MessagesEndpoint
{
    public const string Route = "/api/messages";

    public static async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        if (services.GetRequiredService<TeamsChannelStatus>().Mode == TeamsChannelMode.Off)
        {
            return Results.Text(TeamsChannelStatus.OffMessage, "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MessagesEndpoint).FullName!);
        if (http.Request.ContentLength > ActivityParser.MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var read = await ActivityParser.ParseAsync(http.Request.Body, cancellationToken).ConfigureAwait(false);
        if (read is not ActivityParseResult.Parsed { Activity: var activity })
        {
            return read is ActivityParseResult.TooLarge ? Results.StatusCode(StatusCodes.Status413PayloadTooLarge) : Results.BadRequest();
        }

        InboundAuthentication verdict;
        using (var span = AuthenticationTracing.Start())
        try
        {
            verdict = await services.GetRequiredService<BotFrameworkAuthenticator>()
                .AuthenticateAsync(http.Request.Headers.Authorization.ToString(), activity, http.Connection.RemoteIpAddress, cancellationToken).ConfigureAwait(false);
        }
        catch (SigningKeysUnavailableException ex)
        {
            logger.LogError(ex, "Bot Framework signing keys are unavailable; the activity was refused with 503 for the channel to retry.");
            span?.SetStatus(ActivityStatusCode.Error, nameof(SigningKeysUnavailableException));
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (verdict is InboundAuthentication.Refused refused)
        {
            logger.LogWarning("Refused a {Type} activity with {Status}: {Reason}", activity.Type, refused.StatusCode, refused.Reason);
            return Results.StatusCode(refused.StatusCode);
        }

        return await services.GetRequiredService<TeamsTurnHandler>().HandleAsync(activity, cancellationToken).ConfigureAwait(false);
    }
}
