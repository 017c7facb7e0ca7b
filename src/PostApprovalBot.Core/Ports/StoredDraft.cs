using PostApprovalBot.Core.Drafts;

namespace PostApprovalBot.Core.Ports;

/// <summary>A draft as read from storage, with the version a later commit must still match.</summary>
public sealed record StoredDraft(Draft Draft, string Version);
