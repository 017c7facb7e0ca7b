using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;

namespace PostApprovalBot.Core.UseCases;

/// <summary>A committed change, the draft as it now stands, and the outbox notification recorded with it.</summary>
public sealed record DraftOutcome(DraftChange Change, DraftOverview Overview, PendingNotification? Notification = null)
{
    public string? NotificationKey => Notification?.Key;
}
