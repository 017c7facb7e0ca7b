namespace PostApprovalBot.Core.Audit.Chain;

/// <summary>
/// Links audit events into a per-subject hash chain: each event's hash covers its fields and the hash
/// of the event before it, so changing, removing or inserting one breaks every link after it.
/// </summary>
public static class AuditChain
{
    public static string HashOf(long sequence, AuditEvent e, string previousHash) =>
        AuditCanonicalForm.Hash(AuditCanonicalForm.Event(sequence, e, previousHash));

    public static IReadOnlyList<ChainedAuditEvent> Append(AuditChainHead head, IEnumerable<AuditEvent> events)
    {
        var chained = new List<ChainedAuditEvent>();
        var previous = head.Hash;
        var sequence = head.Count;
        foreach (var e in events)
        {
            sequence++;
            var hash = HashOf(sequence, e, previous);
            chained.Add(new ChainedAuditEvent(sequence, e, previous, hash));
            previous = hash;
        }
        return chained;
    }

    public static AuditChainHead HeadAfter(AuditChainHead head, IReadOnlyList<ChainedAuditEvent> appended) =>
        appended.Count == 0 ? head : new AuditChainHead(appended[^1].Sequence, appended[^1].Hash);
}
