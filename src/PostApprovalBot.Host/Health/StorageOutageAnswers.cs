using System.Net.Sockets;
using Azure;

namespace PostApprovalBot.Host.Health;

/// <summary>
/// When table storage is down, a request that needed it fails fast with 503, a Retry-After and a sentence saying
/// so, instead of a 500 with a stack trace; the channels retry or show the person an error they can act on.
/// </summary>
public static class StorageOutageAnswers
{
    public const string Message = "Table storage is unreachable right now, so nothing was recorded. Try again in a minute.";

    public static IApplicationBuilder UseStorageOutageAnswers(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (IsOutage(e) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageOutageAnswers).FullName!)
                .LogError(e, "Table storage failed while answering {Path}; answered 503.", context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "30";
            await context.Response.WriteAsJsonAsync(new { error = "storage_unavailable", message = Message });
        }
    });

    /// <summary>Storage unreachable, timing out or failing on its side (5xx); a 4xx is a bug of ours and stays a 500.</summary>
    public static bool IsOutage(Exception e) => e switch
    {
        RequestFailedException failed => failed.Status is 0 or >= 500 || failed.InnerException is not null && IsOutage(failed.InnerException),
        AggregateException all => all.InnerExceptions.Any(IsOutage),
        HttpRequestException or SocketException or TimeoutException => true,
        _ => e.InnerException is not null && IsOutage(e.InnerException),
    };
}
