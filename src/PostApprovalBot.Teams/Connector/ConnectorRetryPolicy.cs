namespace PostApprovalBot.Teams.Connector;

/// <summary>The bounds on one Bot Connector call: attempts, backoff (exponential with jitter), and timeouts.</summary>
public sealed record ConnectorRetryPolicy
{
    public static readonly ConnectorRetryPolicy Default = new();

    /// <summary>Attempts in total, the first included.</summary>
    public int MaxAttempts { get; init; } = 3;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts; a Retry-After longer than this ends the call as <see cref="ConnectorFailure.Throttled"/>.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
