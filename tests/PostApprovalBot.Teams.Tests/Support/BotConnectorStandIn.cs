using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PostApprovalBot.Teams.Tests.Support;

/// <summary>A loopback stand-in for the Bot Connector: records every request and answers from a script (then 200 with an id).</summary>
internal sealed class BotConnectorStandIn : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedAnswer> script = new();
    private LoopbackServer? server;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri BaseUri => server!.BaseUri;

    /// <summary>The answer once the script is used up.</summary>
    public string DefaultBody { get; set; } = """{ "id": "1700000000001" }""";

    public static async Task<BotConnectorStandIn> StartAsync()
    {
        var standIn = new BotConnectorStandIn();
        standIn.server = await LoopbackServer.StartAsync(app => app.Run(standIn.AnswerAsync));
        return standIn;
    }

    public void Then(int status, string body = "{}", string? retryAfter = null, TimeSpan delay = default) =>
        script.Enqueue(new ScriptedAnswer(status, body, retryAfter, delay));

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var answer = script.TryDequeue(out var next) ? next : new ScriptedAnswer(200, DefaultBody, null, TimeSpan.Zero);
        Requests.Enqueue(new RecordedRequest(context.Request.Method, rawTarget, context.Request.Headers.Authorization.ToString(), body, answer.Status));
        if (answer.Delay > TimeSpan.Zero)
        {
            await Task.Delay(answer.Delay, context.RequestAborted);
        }

        context.Response.StatusCode = answer.Status;
        if (answer.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = answer.RetryAfter;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.Body);
    }

    private sealed record ScriptedAnswer(int Status, string Body, string? RetryAfter, TimeSpan Delay);
}
