using PostApprovalBot.Core.Drafts;

namespace PostApprovalBot.Core.UseCases;

/// <summary>A committed change, the draft as it now stands, and the outbox key of its notification.</summary>
public sealed record DraftOutcome(DraftChange Change, DraftOverview Overview, string? NotificationKey = null);
