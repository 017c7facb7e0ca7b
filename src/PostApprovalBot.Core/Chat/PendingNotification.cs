using PostApprovalBot.Core.Drafts;

namespace PostApprovalBot.Core.Chat;

/// <summary>
/// What people must still be told about one committed change, as recorded in the outbox with it.
/// <see cref="Version"/> guards leases: only one instance delivers it at a time. <see cref="Effects"/> is the
/// store's own record of what the change implies outside the draft (opaque here; the outbox applies it).
/// </summary>
public sealed record PendingNotification(
    string DraftId,
    string Key,
    IReadOnlyList<DraftEvent> Events,
    DateTimeOffset CreatedAt,
    int Attempts,
    string Version,
    DateTimeOffset? LeasedUntil = null,
    string? Effects = null);
