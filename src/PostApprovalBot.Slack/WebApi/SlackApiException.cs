using System.Net;

namespace PostApprovalBot.Slack.WebApi;

/// <summary>
/// A Web API call failed. <see cref="ErrorCode"/> is Slack's own <c>error</c> when it answered <c>ok: false</c>
/// (e.g. <c>channel_not_found</c>); otherwise one of ours: <c>http_&lt;status&gt;</c>, <c>timeout</c>,
/// <c>network_error</c>, <c>invalid_response</c>, <c>ratelimited</c> (retries exhausted or Retry-After too long).
/// </summary>
public sealed class SlackApiException(string method, string errorCode, HttpStatusCode? statusCode, bool isTransient, Exception? inner = null)
    : Exception($"Slack {method} failed: {errorCode}.", inner)
{
    public string Method { get; } = method;

    public string ErrorCode { get; } = errorCode;

    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>True when trying the same call later may succeed (rate limit, outage, timeout).</summary>
    public bool IsTransient { get; } = isTransient;
}
