namespace PostApprovalBot.Slack.Inbound.Events;

/// <summary>Remembers which Events API deliveries were already taken, so a retried event is handled once.</summary>
public interface ISlackEventDeduplicator
{
    /// <summary>True for the first claim of <paramref name="eventId"/>; false when it was already claimed.</summary>
    Task<bool> TryClaimAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives the claim back when the event's work failed before it was acknowledged, so Slack's retry of it is
    /// handled instead of being taken for a duplicate.
    /// </summary>
    Task ReleaseAsync(string eventId, CancellationToken cancellationToken = default);
}
