using PostApprovalBot.Core.Audit.Chain;

namespace PostApprovalBot.Core.Audit.Verification;

/// <summary>A ledger row as read, with its row key so a break can name it.</summary>
public sealed record StoredLedgerEntry(string RowKey, LedgerEntry Entry);
