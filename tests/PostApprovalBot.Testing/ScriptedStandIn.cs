using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PostApprovalBot.Testing;

/// <summary>
/// A loopback stand-in for a JSON API (the Bot Connector, the Slack Web API) as a client's unit tests need it: records every
/// request and answers from a script the test queues with <see cref="Then"/>, then 200 with <see cref="DefaultBody"/>.
/// </summary>
public sealed class ScriptedStandIn : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedAnswer> script = new();
    private LoopbackHttp? server;

    private ScriptedStandIn(string defaultBody) => DefaultBody = defaultBody;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The requests answered 200: what the real service would have acted on.</summary>
    public IReadOnlyList<RecordedRequest> Delivered => Requests.Where(request => request.AnsweredStatus == 200).ToList();

    /// <summary>The server root, with a trailing slash.</summary>
    public Uri BaseUri => server!.BaseUri;

    /// <summary>The answer once the script is used up.</summary>
    public string DefaultBody { get; set; }

    public static async Task<ScriptedStandIn> StartAsync(string defaultBody = "{}")
    {
        var standIn = new ScriptedStandIn(defaultBody);
        standIn.server = await LoopbackHttp.StartAsync(app => app.Run(standIn.AnswerAsync));
        return standIn;
    }

    /// <summary>Queues the next answer; <paramref name="delay"/> holds it back (a slow service), cut short if the client gives up.</summary>
    public void Then(int status, string body = "{}", string? retryAfter = null, TimeSpan delay = default) =>
        script.Enqueue(new ScriptedAnswer(status, body, retryAfter, delay));

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var answer = script.TryDequeue(out var next) ? next : new ScriptedAnswer(200, DefaultBody, null, TimeSpan.Zero);
        Requests.Enqueue(new RecordedRequest(
            context.Request.Method, rawTarget, context.Request.Path.Value ?? "", context.Request.ContentType,
            context.Request.Headers.Authorization.ToString(), body, answer.Status));
        if (answer.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(answer.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = answer.Status;
        if (answer.RetryAfter is not null) context.Response.Headers.RetryAfter = answer.RetryAfter;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(answer.Body);
    }

    private sealed record ScriptedAnswer(int Status, string Body, string? RetryAfter, TimeSpan Delay);
}
