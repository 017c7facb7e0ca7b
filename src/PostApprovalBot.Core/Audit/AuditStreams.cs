namespace PostApprovalBot.Core.Audit;

/// <summary>
/// The two places audit events live: the draft's own partition (written with the change it records)
/// and the log of everything else (refusals, admin changes), each chained per subject.
/// </summary>
public static class AuditStreams
{
    public const string Drafts = "drafts";
    public const string Log = "audit";
}
