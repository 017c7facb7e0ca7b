using PostApprovalBot.Core.Audit.Chain;

namespace PostApprovalBot.Core.Audit.Verification;

/// <summary>One subject's audit rows in row-key order, and the head its owner row claims (null when that row is gone).</summary>
public sealed record StoredAuditChain(string Stream, string Subject, IReadOnlyList<StoredAuditRow> Rows, AuditChainHead? Head)
{
    public bool IsEmpty => Rows.Count == 0 && Head is null;
}
