using PostApprovalBot.Core.Audit.Chain;
using PostApprovalBot.Core.Audit.Verification;
using static PostApprovalBot.Core.Tests.Audit.AuditTrails;

namespace PostApprovalBot.Core.Tests.Audit;

[Trait("Category", "Audit")]
public sealed class AuditChainCheckTests
{
    [Fact]
    public void An_untouched_chain_has_no_broken_link()
    {
        Assert.Null(AuditChainCheck.Check(Chain(5)));
    }

    [Fact]
    public void An_edited_field_breaks_the_edited_event_and_names_it()
    {
        var edited = Replace(Chain(5), 3, r => r with { Event = r.Event! with { Details = "stage=Legal; verdict=Reject" } });

        var broken = AuditChainCheck.Check(edited)!;

        Assert.Equal((AuditBreakKind.HashMismatch, "aud-00000003", 3L, "Hash"), (broken.Kind, broken.RowKey, broken.Sequence, broken.Field));
        Assert.Contains("Event 3 (draft.decision by lena@contoso.com", broken.Message);
    }

    [Fact]
    public void An_edited_event_whose_hash_was_recomputed_breaks_the_next_link()
    {
        var chain = Chain(5);
        var forged = chain.Rows[2].Event! with { Details = "forged" };
        var edited = Replace(chain, 3, r => r with { Event = forged, Hash = AuditChain.HashOf(3, forged, r.PreviousHash) });

        var broken = AuditChainCheck.Check(edited)!;

        Assert.Equal((AuditBreakKind.PreviousHashMismatch, 4L), (broken.Kind, broken.Sequence));
        Assert.Equal(chain.Rows[2].Hash, broken.Found);
    }

    [Fact]
    public void A_deleted_event_in_the_middle_is_reported_as_missing()
    {
        var chain = Chain(5);

        var broken = AuditChainCheck.Check(chain with { Rows = chain.Rows.Where(r => r.Sequence != 2).ToList() })!;

        Assert.Equal((AuditBreakKind.MissingEvents, 3L, "2", "3"), (broken.Kind, broken.Sequence, broken.Expected, broken.Found));
        Assert.Contains("Event 2 is missing", broken.Message);
    }

    [Fact]
    public void A_deleted_last_event_disagrees_with_the_head()
    {
        var chain = Chain(5);

        var broken = AuditChainCheck.Check(chain with { Rows = chain.Rows.Take(4).ToList() })!;

        Assert.Equal((AuditBreakKind.HeadMismatch, 5L), (broken.Kind, broken.Sequence));
        Assert.Contains("Event 5, the last one, is missing", broken.Message);
    }

    [Fact]
    public void An_event_appended_outside_the_product_disagrees_with_the_head()
    {
        var chain = Chain(5);
        var extra = AuditChain.Append(chain.Head!, [Submitted()]).Single();

        var broken = AuditChainCheck.Check(chain with { Rows = [.. chain.Rows, Row(extra)] })!;

        Assert.Equal((AuditBreakKind.HeadMismatch, "5", "6"), (broken.Kind, broken.Expected, broken.Found));
    }

    [Fact]
    public void A_copied_row_with_a_repeated_sequence_is_an_unexpected_event()
    {
        var chain = Chain(3);

        var broken = AuditChainCheck.Check(chain with { Rows = [chain.Rows[0], chain.Rows[1], chain.Rows[1] with { RowKey = "aud-00000002x" }, chain.Rows[2]] })!;

        Assert.Equal((AuditBreakKind.UnexpectedEvent, "aud-00000002x"), (broken.Kind, broken.RowKey));
    }

    [Fact]
    public void An_event_moved_from_another_draft_names_the_wrong_subject()
    {
        var moved = Replace(Chain(2), 2, r => r with { Event = r.Event! with { Subject = "P-OTHER1" } });

        Assert.Equal(AuditBreakKind.SubjectMismatch, AuditChainCheck.Check(moved)!.Kind);
    }

    [Fact]
    public void An_unreadable_row_is_reported_not_skipped()
    {
        var broken = AuditChainCheck.Check(Replace(Chain(3), 2, r => r with { Event = null, Unreadable = "missing ActorId" }))!;

        Assert.Equal((AuditBreakKind.Unreadable, 2L), (broken.Kind, broken.Sequence));
        Assert.Contains("missing ActorId", broken.Message);
    }

    [Fact]
    public void Rows_without_their_head_row_are_reported()
    {
        Assert.Equal(AuditBreakKind.HeadMissing, AuditChainCheck.Check(Chain(2) with { Head = null })!.Kind);
    }
}
