namespace PostApprovalBot.Core.Audit.Chain;

/// <summary>An audit event with its place in its subject's chain.</summary>
public sealed record ChainedAuditEvent(long Sequence, AuditEvent Event, string PreviousHash, string Hash);
