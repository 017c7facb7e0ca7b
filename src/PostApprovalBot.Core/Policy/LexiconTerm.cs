namespace PostApprovalBot.Core.Policy;

/// <summary>
/// A word or phrase the company watches for. A term may pull an extra approver group into the
/// route, e.g. financial terms pull in compliance even on accounts whose route skips it.
/// </summary>
public sealed record LexiconTerm(string Term, LexiconAction Action, string? ExtraApproverGroupId = null, string? Reason = null);
