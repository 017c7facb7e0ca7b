namespace PostApprovalBot.Core.Audit.Verification;

/// <summary>Reads audit chains and ledger days as stored, without judging them: the verifier and exporter judge.</summary>
public interface IAuditArchive
{
    /// <summary>Every audit row of one subject in one stream (<see cref="AuditStreams"/>), with the head its owner row records.</summary>
    Task<StoredAuditChain> ReadChainAsync(string stream, string subject, CancellationToken cancellationToken);

    Task<StoredLedgerDay> ReadLedgerDayAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>
    /// The audit rows of one subject with sequences <paramref name="first"/>..<paramref name="last"/>: one range of one
    /// partition, so reading the events a ledger day lists costs what those events cost, not the subject's whole history.
    /// </summary>
    Task<IReadOnlyList<StoredAuditRow>> ReadEventsAsync(string stream, string subject, long first, long last, CancellationToken cancellationToken);

    /// <summary>Audit rows of both streams whose event time falls on the days from..to (UTC, inclusive), ledgered or not.
    /// A scan of whole tables: for the CLI and API's complete checks, not for a page.</summary>
    Task<IReadOnlyList<StoredAuditRow>> FindEventsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
