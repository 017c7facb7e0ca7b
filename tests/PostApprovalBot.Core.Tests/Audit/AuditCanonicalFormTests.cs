using PostApprovalBot.Core.Audit.Chain;
using static PostApprovalBot.Core.Tests.Audit.AuditTrails;

namespace PostApprovalBot.Core.Tests.Audit;

[Trait("Category", "Audit")]
public sealed class AuditCanonicalFormTests
{
    [Fact]
    public void Every_field_is_written_in_a_fixed_order_with_its_UTF8_byte_length()
    {
        var text = AuditCanonicalForm.Event(1, Submitted(), "");

        Assert.Equal(
            "postapprovalbot/audit-event/v1\nsubject=8:P-7K3QXM\nsequence=1:1\naction=15:draft.submitted\nactor-id=16:emma@contoso.com\n" +
            "actor-name=14:Émma Employee\nat=28:2026-11-26T09:00:00.1234567Z\nrevision=1:1\nbefore=~\nafter=9:Submitted\n" +
            "details=24:account=linkedin-contoso\nprevious-hash=0:\n",
            text);
    }

    [Fact]
    public void The_first_event_of_the_documented_example_has_the_documented_hash()
    {
        // Computed with an independent Python implementation of docs/compliance.md.
        var chained = AuditChain.Append(AuditChainHead.Empty, [Submitted()]);

        Assert.Equal("adb1a78e465c6236d4f0d2963770245b9c9c7806224c0538c8e99d7eb791cf0a", chained[0].Hash);
    }

    [Fact]
    public void Times_are_hashed_in_UTC_whatever_offset_they_carry()
    {
        var utc = Submitted();
        var paris = utc with { At = utc.At.ToOffset(TimeSpan.FromHours(1)) };

        Assert.Equal(AuditChain.HashOf(1, utc, ""), AuditChain.HashOf(1, paris, ""));
    }

    [Fact]
    public void An_absent_value_and_an_empty_value_hash_differently()
    {
        var absent = Submitted() with { Before = null };
        var empty = Submitted() with { Before = "" };

        Assert.NotEqual(AuditChain.HashOf(1, absent, ""), AuditChain.HashOf(1, empty, ""));
    }

    [Fact]
    public void A_value_that_imitates_the_next_field_cannot_forge_another_event()
    {
        // Without length prefixes, moving text from one field into the next could keep the hashed text the same.
        var honest = Submitted() with { After = "Submitted", Details = "x" };
        var forged = Submitted() with { After = "Submitted\ndetails=1:x", Details = null };

        Assert.NotEqual(AuditChain.HashOf(1, honest, ""), AuditChain.HashOf(1, forged, ""));
    }

    [Fact]
    public void Each_event_links_to_the_hash_of_the_one_before()
    {
        var chained = AuditChain.Append(AuditChainHead.Empty, Events(3));

        Assert.Equal([1L, 2L, 3L], chained.Select(c => c.Sequence));
        Assert.Equal("", chained[0].PreviousHash);
        Assert.Equal(chained[0].Hash, chained[1].PreviousHash);
        Assert.Equal(chained[1].Hash, chained[2].PreviousHash);
        Assert.Equal("27ad9159df5106f34f87f388d1cf6c137d1440e90184e0cc77c23cf080a8283d",
            AuditChain.HashOf(2, Submitted() with { Action = "draft.step-started", Before = "Submitted", After = "InReview", Details = "step=1; stages=Legal" }, chained[0].Hash));
    }

    [Fact]
    public void Appending_continues_the_chain_from_its_head()
    {
        var all = AuditChain.Append(AuditChainHead.Empty, Events(4));
        var firstTwo = AuditChain.Append(AuditChainHead.Empty, Events(4).Take(2));

        var rest = AuditChain.Append(AuditChain.HeadAfter(AuditChainHead.Empty, firstTwo), Events(4).Skip(2));

        Assert.Equal(all.Skip(2).Select(c => (c.Sequence, c.Hash)), rest.Select(c => (c.Sequence, c.Hash)));
    }

    [Fact]
    public void Ledger_entries_are_chained_within_their_day()
    {
        var day = new DateOnly(2026, 11, 26);
        var entries = LedgerChain.Append(day, AuditChainHead.Empty,
            [new LedgerItem("drafts", "P-1", 1, "aa", day), new LedgerItem("audit", "grants", 1, "bb", day)]);

        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.All(entries, e => Assert.Equal(e.ComputeHash(), e.Hash));
        Assert.Throws<ArgumentException>(() => LedgerChain.Append(day, AuditChainHead.Empty, [new LedgerItem("drafts", "P-1", 2, "cc", day.AddDays(1))]));
    }
}
