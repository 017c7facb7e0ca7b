namespace PostApprovalBot.Storage.Audit;

/// <summary>
/// "Events of this subject from this sequence on may not be in the ledger yet": written before a commit,
/// removed once the ledger has them. One left behind (a crash, an outage) is what the repair pass follows.
/// </summary>
public sealed record LedgerIntent(string Stream, string Subject, long FirstSequence, string RowKey);
