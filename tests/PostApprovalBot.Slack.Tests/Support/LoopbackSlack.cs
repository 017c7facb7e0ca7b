using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PostApprovalBot.Slack.Tests.Support;

/// <summary>
/// A stand-in for slack.com/api on a loopback port: records every request and answers from a script
/// (by default <c>{"ok":true}</c> plus whatever the test queued).
/// </summary>
internal sealed class LoopbackSlack : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedAnswer> _script = new();

    private LoopbackSlack(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Requests this stand-in accepted (answered 200): what Slack would have acted on.</summary>
    public IReadOnlyList<RecordedRequest> Delivered => Requests.Where(request => request.AnsweredStatus == 200).ToList();

    public Uri ApiBaseUrl => new(_app.Urls.Single() + "/api/");

    public static async Task<LoopbackSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new LoopbackSlack(app);
        app.Run(stub.AnswerAsync);
        await app.StartAsync();
        return stub;
    }

    public void Then(int status, string json, TimeSpan? delay = null, string? retryAfter = null) =>
        _script.Enqueue(new ScriptedAnswer(status, json, delay ?? TimeSpan.Zero, retryAfter));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var answer = _script.TryDequeue(out var scripted) ? scripted : new ScriptedAnswer(200, """{"ok":true}""", TimeSpan.Zero, null);
        Requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.ContentType,
            context.Request.Headers.Authorization.ToString(),
            body,
            answer.Status));
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
        if (answer.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = answer.RetryAfter;
        }
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(answer.Json);
    }

    private sealed record ScriptedAnswer(int Status, string Json, TimeSpan Delay, string? RetryAfter);
}
