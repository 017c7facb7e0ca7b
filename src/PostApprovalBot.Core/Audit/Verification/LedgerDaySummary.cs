namespace PostApprovalBot.Core.Audit.Verification;

/// <summary>
/// A verified day's ledger head. Writing these down somewhere the bot cannot write (an immutable blob,
/// the auditor's own records) anchors the history: a later rewrite of that day cannot reproduce the hash.
/// </summary>
public sealed record LedgerDaySummary(DateOnly Day, long Entries, string HeadHash);
