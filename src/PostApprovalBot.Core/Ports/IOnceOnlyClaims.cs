namespace PostApprovalBot.Core.Ports;

/// <summary>
/// Remembers keys that were handled, across restarts and instances: the first caller of a key wins,
/// every later one (a retried delivery, a second instance) is told no.
/// </summary>
public interface IOnceOnlyClaims
{
    Task<bool> TryClaimAsync(string scope, string key, CancellationToken cancellationToken);
}
