using PostApprovalBot.Core.Audit.Chain;

namespace PostApprovalBot.Core.Audit.Verification;

/// <summary>One day of the ledger as read from storage: entries in sequence order and the day's head row (null when absent).</summary>
public sealed record StoredLedgerDay(DateOnly Day, IReadOnlyList<StoredLedgerEntry> Entries, AuditChainHead? Head);
