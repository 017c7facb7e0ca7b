namespace PostApprovalBot.Core.Audit.Verification;

/// <summary>Reads audit chains and ledger days as stored, without judging them: the verifier and exporter judge.</summary>
public interface IAuditArchive
{
    /// <summary>Every audit row of one subject in one stream (<see cref="AuditStreams"/>), with the head its owner row records.</summary>
    Task<StoredAuditChain> ReadChainAsync(string stream, string subject, CancellationToken cancellationToken);

    Task<StoredLedgerDay> ReadLedgerDayAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>Audit rows of both streams whose event time falls on the days from..to (UTC, inclusive), ledgered or not.</summary>
    Task<IReadOnlyList<StoredAuditRow>> FindEventsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
