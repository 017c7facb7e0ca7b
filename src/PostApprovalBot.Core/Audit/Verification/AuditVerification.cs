namespace PostApprovalBot.Core.Audit.Verification;

/// <summary>The result of a verification: intact, or the breaks found (each chain reports its first broken link).</summary>
public sealed record AuditVerification(
    IReadOnlyList<AuditBreak> Breaks,
    int EventsChecked,
    int LedgerEntriesChecked,
    IReadOnlyList<LedgerDaySummary> Days)
{
    public bool IsIntact => Breaks.Count == 0;

    public AuditBreak? FirstBreak => Breaks.Count == 0 ? null : Breaks[0];
}
