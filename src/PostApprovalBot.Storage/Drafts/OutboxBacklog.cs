namespace PostApprovalBot.Storage.Drafts;

/// <summary>
/// What the outbox owes, as one instance sees it at <see cref="MeasuredAt"/>: drafts announced longer ago than the
/// recovery grace (their changes should be delivered by now), the oldest of them, and the parked notifications.
/// Counts stop at <see cref="OutboxBacklogProbe.MaxRowsCounted"/> (then <see cref="Capped"/>).
/// </summary>
public sealed record OutboxBacklog(int Pending, TimeSpan OldestAge, int Parked, bool Capped, DateTimeOffset MeasuredAt)
{
    public static OutboxBacklog Empty(DateTimeOffset at) => new(0, TimeSpan.Zero, 0, false, at);
}
