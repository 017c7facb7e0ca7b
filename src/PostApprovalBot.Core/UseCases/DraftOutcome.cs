using PostApprovalBot.Core.Drafts;

namespace PostApprovalBot.Core.UseCases;

/// <summary>A committed change and the draft as it now stands.</summary>
public sealed record DraftOutcome(DraftChange Change, DraftOverview Overview);
