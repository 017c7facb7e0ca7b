using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PostApprovalBot.Integration.Tests.Resilience;

/// <summary>
/// A loopback proxy in front of a chat API stand-in that, for a while, refuses requests before they reach it:
/// each distinct request (method and path) first gets 429 with Retry-After, then 500, then goes through,
/// until <see cref="FailuresLeft"/> refusals have been spent. A refused request never reaches the stand-in,
/// so a retry cannot deliver twice; a stand-in that sees a message twice means the bot sent it twice.
/// </summary>
public sealed class FlakyChatApi : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> refusedSoFar = new();
    private readonly HttpClient forward = new();
    private LoopbackHttp? server;
    private int failuresLeft;

    public required Uri Target { get; init; }

    public Uri BaseUri => server!.BaseUri;

    public int FailuresLeft => Volatile.Read(ref failuresLeft);

    public int Refused { get; private set; }

    public static async Task<FlakyChatApi> StartAsync(Uri target, int failures)
    {
        var proxy = new FlakyChatApi { Target = target, failuresLeft = failures };
        proxy.server = await LoopbackHttp.StartAsync(app => app.Run(proxy.AnswerAsync));
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        forward.Dispose();
        if (server is not null) await server.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var raw = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var key = context.Request.Method + " " + raw;
        var refusals = refusedSoFar.GetOrAdd(key, 0);
        if (refusals < 2 && Interlocked.Decrement(ref failuresLeft) >= 0)
        {
            refusedSoFar[key] = refusals + 1;
            lock (refusedSoFar) Refused++;
            context.Response.StatusCode = refusals == 0 ? StatusCodes.Status429TooManyRequests : StatusCodes.Status500InternalServerError;
            if (refusals == 0) context.Response.Headers.RetryAfter = "1";
            return;
        }
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(Target, raw.TrimStart('/')));
        if (body.Length > 0) request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        if (context.Request.Headers.Authorization.Count > 0) request.Headers.TryAddWithoutValidation("Authorization", context.Request.Headers.Authorization.ToString());
        using var response = await forward.SendAsync(request);
        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
        await context.Response.WriteAsync(await response.Content.ReadAsStringAsync());
    }
}
