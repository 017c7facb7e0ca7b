namespace PostApprovalBot.Core.Audit.Verification;

public enum AuditBreakKind
{
    /// <summary>A row that cannot be read as an audit event or ledger entry.</summary>
    Unreadable,
    /// <summary>Sequence numbers skip: events were deleted.</summary>
    MissingEvents,
    /// <summary>A sequence number repeats or goes back: an event was inserted or copied.</summary>
    UnexpectedEvent,
    /// <summary>A row names another subject than the partition it is in.</summary>
    SubjectMismatch,
    /// <summary>A row's link to the previous row's hash is wrong.</summary>
    PreviousHashMismatch,
    /// <summary>A row's fields no longer produce its stored hash: it was edited.</summary>
    HashMismatch,
    /// <summary>Rows exist but the row that records the chain's head is gone.</summary>
    HeadMissing,
    /// <summary>The chain's head row disagrees with its last row: events were removed from or added to the end.</summary>
    HeadMismatch,
    /// <summary>An event that the daily ledger does not list.</summary>
    NotInLedger,
    /// <summary>A ledger entry whose event no longer exists.</summary>
    LedgerEntryWithoutEvent,
    /// <summary>A ledger entry whose recorded event hash differs from the event's stored hash.</summary>
    LedgerHashMismatch,
    /// <summary>Two ledger entries for one event.</summary>
    DuplicateLedgerEntry,
}
