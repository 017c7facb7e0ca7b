namespace PostApprovalBot.Core.Ports;

/// <summary>
/// Remembers keys that were handled, across restarts and instances: the first caller of a key wins,
/// every later one (a retried delivery, a second instance) is told no.
/// </summary>
public interface IOnceOnlyClaims
{
    Task<bool> TryClaimAsync(string scope, string key, CancellationToken cancellationToken);

    /// <summary>Gives a claim back (its work failed before it was acknowledged), so the next delivery is handled; no-op when absent.</summary>
    Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken);
}
