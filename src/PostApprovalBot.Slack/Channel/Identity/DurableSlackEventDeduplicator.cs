using PostApprovalBot.Core.Ports;
using PostApprovalBot.Slack.Inbound.Events;

namespace PostApprovalBot.Slack.Channel.Identity;

/// <summary>
/// Claims each Events API delivery in the claims table, so a retried event is handled once even across
/// restarts and instances (the in-memory de-duplicator only knows its own process).
/// </summary>
public sealed class DurableSlackEventDeduplicator(IOnceOnlyClaims claims) : ISlackEventDeduplicator
{
    public const string Scope = "slack-event";

    public Task<bool> TryClaimAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        return claims.TryClaimAsync(Scope, eventId, cancellationToken);
    }

    public Task ReleaseAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        return claims.ReleaseAsync(Scope, eventId, cancellationToken);
    }
}
