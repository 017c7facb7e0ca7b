using PostApprovalBot.Core.Chat;

namespace PostApprovalBot.Core.Ports;

/// <summary>
/// The outcome of a commit and, when it committed, the notification recorded with it in the same
/// transaction (with the version needed to lease it, so delivery needs no read). Converts to
/// <see cref="CommitOutcome"/> for comparisons.
/// </summary>
public sealed record CommitResult(CommitOutcome Outcome, PendingNotification? Notification = null)
{
    public static CommitResult Conflict { get; } = new(CommitOutcome.Conflict);

    public string? NotificationKey => Notification?.Key;

    public static implicit operator CommitOutcome(CommitResult result) => result.Outcome;
}
