namespace PostApprovalBot.Core.Audit.Chain;

/// <summary>
/// One link of a day's ledger: it names an audit event (stream, subject, sequence) and that event's hash,
/// and is chained to the day's previous entry. A whole draft partition rewritten consistently still
/// disagrees with the ledger.
/// </summary>
public sealed record LedgerEntry(
    DateOnly Day,
    long Sequence,
    string Stream,
    string Subject,
    long EventSequence,
    string EventHash,
    string PreviousHash,
    string Hash)
{
    public string ComputeHash() => AuditCanonicalForm.Hash(AuditCanonicalForm.Ledger(this));
}
