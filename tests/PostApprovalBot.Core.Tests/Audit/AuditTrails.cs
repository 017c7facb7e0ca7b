using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Chain;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Tests.Audit;

/// <summary>Builds audit chains and ledger days as storage would hold them, for the pure checks.</summary>
public static class AuditTrails
{
    public const string DraftId = "P-7K3QXM";
    public static readonly DateTimeOffset Morning = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    public static readonly Person Emma = Person.FromEmail("emma@contoso.com", "Émma Employee");
    public static readonly Person Lena = Person.FromEmail("lena@contoso.com", "Lena Legal");

    public static AuditEvent Submitted(DateTimeOffset? at = null) =>
        new(DraftId, AuditActions.DraftSubmitted, Emma, at ?? Morning.AddTicks(1_234_567), 1, null, "Submitted", "account=linkedin-contoso");

    public static IReadOnlyList<AuditEvent> Events(int count) =>
        Enumerable.Range(1, count).Select(i => i == 1 ? Submitted() : new AuditEvent(DraftId, AuditActions.DecisionRecorded, Lena, Morning.AddMinutes(i), 1, "InReview", "InReview", $"stage=Legal; verdict=Approve; comment=ok {i}")).ToList();

    public static StoredAuditChain Chain(int count) => Chain(AuditChain.Append(AuditChainHead.Empty, Events(count)));

    public static StoredAuditChain Chain(IReadOnlyList<ChainedAuditEvent> chained) => new(
        AuditStreams.Drafts, DraftId, chained.Select(Row).ToList(), AuditChain.HeadAfter(AuditChainHead.Empty, chained));

    public static StoredAuditRow Row(ChainedAuditEvent c) =>
        new(AuditStreams.Drafts, c.Event.Subject, $"aud-{c.Sequence:D8}", c.Sequence, c.Event, c.PreviousHash, c.Hash);

    public static StoredLedgerDay Ledger(StoredAuditChain chain)
    {
        var day = LedgerItem.DayOf(Morning);
        var entries = LedgerChain.Append(day, AuditChainHead.Empty, chain.Rows.Select(r => new LedgerItem(r.Stream, r.Subject, r.Sequence, r.Hash, day)));
        return new StoredLedgerDay(day, entries.Select(e => new StoredLedgerEntry($"{e.Sequence:D10}", e)).ToList(),
            new AuditChainHead(entries[^1].Sequence, entries[^1].Hash));
    }

    public static StoredAuditChain Replace(StoredAuditChain chain, int sequence, Func<StoredAuditRow, StoredAuditRow> change) =>
        chain with { Rows = chain.Rows.Select(r => r.Sequence == sequence ? change(r) : r).ToList() };
}
