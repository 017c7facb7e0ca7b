using PostApprovalBot.Core.Audit.Chain;
using PostApprovalBot.Core.Audit.Verification;
using static PostApprovalBot.Core.Tests.Audit.AuditTrails;

namespace PostApprovalBot.Core.Tests.Audit;

[Trait("Category", "Audit")]
public sealed class LedgerCheckTests
{
    [Fact]
    public void A_chain_and_its_ledger_agree_when_nothing_was_touched()
    {
        var chain = Chain(4);
        var day = Ledger(chain);

        Assert.Null(LedgerChainCheck.Check(day));
        Assert.Empty(LedgerCrossCheck.Check([day], [chain]));
    }

    [Fact]
    public void A_consistently_rewritten_chain_passes_its_own_check_but_not_the_ledger()
    {
        var original = Chain(4);
        var day = Ledger(original);
        var events = original.Rows.Select(r => r.Event!).ToList();
        events[1] = events[1] with { Details = "stage=Legal; verdict=Reject" };
        var rewritten = Chain(AuditChain.Append(AuditChainHead.Empty, events));

        Assert.Null(AuditChainCheck.Check(rewritten));
        var first = LedgerCrossCheck.Check([day], [rewritten])[0];
        Assert.Equal((AuditBreakKind.LedgerHashMismatch, "aud-00000002", 2L), (first.Kind, first.RowKey, first.Sequence));
        Assert.Equal(original.Rows[1].Hash, first.Expected);
    }

    [Fact]
    public void A_ledger_entry_whose_event_was_deleted_is_reported()
    {
        var chain = Chain(3);
        var day = Ledger(chain);

        var broken = LedgerCrossCheck.Check([day], [chain with { Rows = chain.Rows.Take(2).ToList() }]);

        Assert.Equal((AuditBreakKind.LedgerEntryWithoutEvent, 3L), (broken[0].Kind, broken[0].Sequence));
        Assert.Contains("drafts/P-7K3QXM event 3", broken[0].Message);
    }

    [Fact]
    public void An_event_missing_from_its_days_ledger_is_reported()
    {
        var chain = Chain(3);
        var day = Ledger(chain);

        var broken = LedgerCrossCheck.Check([day with { Entries = day.Entries.Take(2).ToList() }], [chain]);

        Assert.Equal((AuditBreakKind.NotInLedger, "aud-00000003"), (broken[0].Kind, broken[0].RowKey));
    }

    [Fact]
    public void A_deleted_ledger_entry_breaks_the_days_chain()
    {
        var day = Ledger(Chain(3));

        var broken = LedgerChainCheck.Check(day with { Entries = [day.Entries[0], day.Entries[2]] })!;

        Assert.Equal((AuditBreakKind.MissingEvents, "ledger", "2026-11-26", 3L), (broken.Kind, broken.Table, broken.Partition, broken.Sequence));
    }

    [Fact]
    public void An_edited_ledger_entry_is_reported()
    {
        var day = Ledger(Chain(3));
        var edited = day.Entries[1] with { Entry = day.Entries[1].Entry with { EventHash = new string('0', 64) } };

        var broken = LedgerChainCheck.Check(day with { Entries = [day.Entries[0], edited, day.Entries[2]] })!;

        Assert.Equal((AuditBreakKind.HashMismatch, 2L), (broken.Kind, broken.Sequence));
    }

    [Fact]
    public void A_ledger_entry_listed_twice_is_reported()
    {
        var chain = Chain(2);
        var day = Ledger(chain);
        var twice = day with { Entries = [.. day.Entries, day.Entries[1] with { RowKey = "0000000003" }] };

        Assert.Contains(LedgerCrossCheck.Check([twice], [chain]), b => b.Kind == AuditBreakKind.DuplicateLedgerEntry);
    }
}
