namespace PostApprovalBot.Teams.Connector;

/// <summary>A failed Bot Connector call: what failed, the HTTP status if any, and whether trying again later may succeed.</summary>
public sealed class ConnectorException(
    ConnectorFailure failure,
    string operation,
    string message,
    int? statusCode = null,
    TimeSpan? retryAfter = null,
    Exception? inner = null,
    bool? isRetryable = null) : Exception($"{operation}: {message}", inner)
{
    public ConnectorFailure Failure { get; } = failure;

    /// <summary>The connector operation, e.g. <c>send to conversation</c>.</summary>
    public string Operation { get; } = operation;

    public int? StatusCode { get; } = statusCode;

    /// <summary>What the connector asked us to wait before the next call, when it said.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>True for throttling, server errors, timeouts and network errors (and token outages): an outbox may try again later.</summary>
    public bool IsRetryable { get; } = isRetryable ?? failure is ConnectorFailure.Throttled or ConnectorFailure.ServerError
        or ConnectorFailure.Timeout or ConnectorFailure.Network;
}
