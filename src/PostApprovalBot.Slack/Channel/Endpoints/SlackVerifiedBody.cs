using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PostApprovalBot.Slack.Http;
using PostApprovalBot.Slack.Signing;

namespace PostApprovalBot.Slack.Channel.Endpoints;

/// <summary>
/// The first two steps of every Slack endpoint: read the raw bytes (capped: 413), then verify their signature
/// (401). Nothing is parsed, looked up or stored before both pass.
/// </summary>
internal static class SlackVerifiedBody
{
    public static async Task<(byte[]? Body, IResult? Refusal)> ReadAsync(HttpContext context, SlackRequestVerifier verifier, ILogger logger)
    {
        var body = await SlackRawBody.ReadAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            logger.LogWarning("Refused a Slack request to {Path}: the body is over {Max} bytes.", context.Request.Path, SlackRawBody.MaxBytes);
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }
        SlackSignatureCheck check;
        using (var span = SignatureTracing.Start())
        {
            check = verifier.Verify(context.Request.Headers, body);
            if (!check.IsValid) span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, check.Failure.ToString());
        }
        if (!check.IsValid)
        {
            logger.LogWarning("Refused a Slack request to {Path}: {Failure} ({Reason}).", context.Request.Path, check.Failure, check.Message);
            return (null, Results.Unauthorized());
        }
        return (body, null);
    }
}
