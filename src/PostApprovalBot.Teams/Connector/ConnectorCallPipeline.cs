using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace PostApprovalBot.Teams.Connector;

/// <summary>One HTTP exchange with the connector under the retry policy, with every failure turned into a <see cref="ConnectorException"/>.</summary>
internal sealed class ConnectorCallPipeline
{
    private readonly HttpClient http;
    private readonly ConnectorRetryPolicy policy;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;

    public ConnectorCallPipeline(HttpClient http, ConnectorRetryPolicy policy, TimeProvider time)
    {
        this.http = http;
        this.policy = policy;
        pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTimeout(policy.TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(0, policy.MaxAttempts - 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = policy.BaseDelay,
                MaxDelay = policy.MaxDelay,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
            })
            .AddTimeout(policy.AttemptTimeout)
            .Build();
    }

    /// <summary>Sends a fresh request per attempt (a request message cannot be sent twice) and returns the 2xx body.</summary>
    public async Task<string> SendAsync(string operation, Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await pipeline.ExecuteAsync(
                async token =>
                {
                    using var message = request();
                    return await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new ConnectorException(ConnectorFailure.Timeout, operation, "The connector did not answer in time.", inner: ex);
        }
        catch (HttpRequestException ex)
        {
            throw new ConnectorException(ConnectorFailure.Network, operation, "The connector could not be reached.", inner: ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return body;
            }

            var status = (int)response.StatusCode;
            var failure = status switch
            {
                429 => ConnectorFailure.Throttled,
                >= 500 => ConnectorFailure.ServerError,
                408 => ConnectorFailure.Timeout,
                _ => ConnectorFailure.Rejected,
            };
            var excerpt = body.Length > 300 ? body[..300] : body;
            throw new ConnectorException(failure, operation, $"The connector answered {status}. {excerpt}".TrimEnd(), status, RetryAfter(response));
        }
    }

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result!;
        var transient = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500;

        // Waiting longer than MaxDelay would hold a request thread hostage; give the outbox a retryable failure instead.
        return transient && !(RetryAfter(response) > policy.MaxDelay);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
