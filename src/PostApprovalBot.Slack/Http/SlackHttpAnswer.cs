using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.Http;

/// <summary>
/// The HTTP answer to a Slack request, returned from a minimal-API endpoint as an <see cref="IResult"/>.
/// Slack waits 3 s for it: answer first, do slow work after.
/// </summary>
public sealed class SlackHttpAnswer : IResult
{
    private SlackHttpAnswer(JsonObject? body, int statusCode = StatusCodes.Status200OK, string? text = null)
    {
        Body = body;
        StatusCode = statusCode;
        Text = text;
    }

    /// <summary>The JSON body, or null for an empty 200.</summary>
    public JsonObject? Body { get; }

    public int StatusCode { get; }

    /// <summary>The plain-text body of a failure answer (<see cref="NotRecorded"/>).</summary>
    public string? Text { get; }

    /// <summary>Acknowledges an event, a click, a command or a submission that closes the modal.</summary>
    public static SlackHttpAnswer Ack() => new(null);

    /// <summary>Echoes the Events API <c>url_verification</c> challenge.</summary>
    public static SlackHttpAnswer UrlVerification(string challenge) => new(new JsonObject { ["challenge"] = challenge });

    /// <summary>Answers a slash command with a message only the invoking user sees.</summary>
    public static SlackHttpAnswer Ephemeral(SlackMessage message)
    {
        var body = message.ToJson();
        body["response_type"] = "ephemeral";
        return new(body);
    }

    /// <summary>Keeps the modal open and shows <paramref name="errorsByBlockId"/> under the named input blocks.</summary>
    public static SlackHttpAnswer ViewErrors(IReadOnlyDictionary<string, string> errorsByBlockId)
    {
        if (errorsByBlockId.Count == 0)
        {
            throw new ArgumentException("Name at least one field error.", nameof(errorsByBlockId));
        }
        var errors = new JsonObject();
        foreach (var (blockId, message) in errorsByBlockId)
        {
            errors[blockId] = message;
        }
        return new(new JsonObject { ["response_action"] = "errors", ["errors"] = errors });
    }

    /// <summary>Closes the whole stack of modals.</summary>
    public static SlackHttpAnswer ViewClear() => new(new JsonObject { ["response_action"] = "clear" });

    /// <summary>Replaces the submitted modal with <paramref name="view"/> (e.g. a confirmation).</summary>
    public static SlackHttpAnswer ViewUpdate(ModalView view) =>
        new(new JsonObject { ["response_action"] = "update", ["view"] = view.ToJson() });

    /// <summary>
    /// A request whose state change could not be stored: 503, so Slack shows that the click or event failed (and retries
    /// an event) instead of taking it as received.
    /// </summary>
    public static SlackHttpAnswer NotRecorded(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new(null, StatusCodes.Status503ServiceUnavailable, text);
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCode;
        if (Text is not null)
        {
            httpContext.Response.ContentType = "text/plain; charset=utf-8";
            await httpContext.Response.WriteAsync(Text, httpContext.RequestAborted);
            return;
        }
        if (Body is null)
        {
            return;
        }
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await httpContext.Response.WriteAsync(Body.ToJsonString(), httpContext.RequestAborted);
    }
}
