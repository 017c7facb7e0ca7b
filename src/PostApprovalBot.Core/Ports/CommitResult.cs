namespace PostApprovalBot.Core.Ports;

/// <summary>
/// The outcome of a commit and, when it committed, the key of the notification recorded with it in
/// the same transaction (to mark it delivered). Converts to <see cref="CommitOutcome"/> for comparisons.
/// </summary>
public sealed record CommitResult(CommitOutcome Outcome, string? NotificationKey = null)
{
    public static CommitResult Conflict { get; } = new(CommitOutcome.Conflict);

    public static implicit operator CommitOutcome(CommitResult result) => result.Outcome;
}
