using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace PostApprovalBot.Slack.WebApi;

/// <summary>
/// Sends one Web API call with the bot token, a timeout per attempt and bounded retries:
/// 429 waits for Retry-After; 5xx, timeouts and network errors back off exponentially with jitter.
/// </summary>
internal sealed class SlackApiCaller(HttpClient http, SlackOptions options, TimeProvider time, ILogger logger)
{
    private static readonly HashSet<string> TransientSlackErrors =
        new(["ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"], StringComparer.Ordinal);

    private readonly Uri _baseUrl = WithTrailingSlash(options.ApiBaseUrl);

    /// <summary>Returns the response's root object (a detached clone) when Slack answered <c>ok: true</c>.</summary>
    public async Task<SlackApiResponse> CallAsync(string method, Func<HttpContent> content, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.BotToken))
        {
            throw new InvalidOperationException("Slack:BotToken is not configured.");
        }
        for (var attempt = 0; ; attempt++)
        {
            var canRetry = attempt < options.MaxRetries;
            var (outcome, delay) = await TryOnceAsync(method, content, canRetry, attempt, cancellationToken);
            if (outcome is { } root)
            {
                return new SlackApiResponse(method, root);
            }
            logger.LogWarning("Slack {Method} attempt {Attempt} failed transiently; retrying in {Delay}.", method, attempt + 1, delay);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private async Task<(JsonElement? Root, TimeSpan Delay)> TryOnceAsync(
        string method, Func<HttpContent> content, bool canRetry, int attempt, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseUrl, method)) { Content = content() };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.BotToken);
        using var timeout = new CancellationTokenSource(options.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return canRetry ? (null, Backoff(attempt)) : throw new SlackApiException(method, "timeout", null, true, ex);
        }
        catch (HttpRequestException ex)
        {
            return canRetry ? (null, Backoff(attempt)) : throw new SlackApiException(method, "network_error", null, true, ex);
        }
        using (response)
        {
            return await ReadAsync(method, response, canRetry, attempt, linked.Token);
        }
    }

    private async Task<(JsonElement? Root, TimeSpan Delay)> ReadAsync(
        string method, HttpResponseMessage response, bool canRetry, int attempt, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        if (status == HttpStatusCode.TooManyRequests)
        {
            var wait = RetryAfter(response);
            return canRetry && wait <= options.MaxRetryAfter
                ? (null, wait)
                : throw new SlackApiException(method, "ratelimited", status, true);
        }
        if ((int)status >= 500)
        {
            return canRetry ? (null, Backoff(attempt)) : throw new SlackApiException(method, $"http_{(int)status}", status, true);
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException(method, $"http_{(int)status}", status, false);
        }
        var root = await ParseAsync(method, response, cancellationToken);
        if (root.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True)
        {
            return (root, TimeSpan.Zero);
        }
        var error = root.TryGetProperty("error", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString()! : "unknown_error";
        throw new SlackApiException(method, error, status, TransientSlackErrors.Contains(error));
    }

    private static async Task<JsonElement> ParseAsync(string method, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : throw new SlackApiException(method, "invalid_response", response.StatusCode, false);
        }
        catch (JsonException ex)
        {
            // Not retried: the call may have taken effect, and posting twice is worse than reporting.
            throw new SlackApiException(method, "invalid_response", response.StatusCode, false, ex);
        }
    }

    private TimeSpan RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > time.GetUtcNow() ? date - time.GetUtcNow() : TimeSpan.Zero,
        _ => TimeSpan.FromSeconds(1),
    };

    // Exponential backoff with "equal jitter": half fixed, half random, so parallel callers spread out.
    private TimeSpan Backoff(int attempt)
    {
        var ceiling = options.RetryBaseDelay * Math.Pow(2, attempt);
        return ceiling / 2 + ceiling / 2 * Random.Shared.NextDouble();
    }

    private static Uri WithTrailingSlash(Uri url) =>
        url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}
