using PostApprovalBot.Slack.Channel.Rendering;
using PostApprovalBot.Slack.Views;
using PostApprovalBot.Slack.Views.Approval;

namespace PostApprovalBot.Slack.Tests.Views;

/// <summary>Approvers of a revision see what changed since the previous one, word by word, within Slack's limits.</summary>
[Trait("Category", "Slack")]
public sealed class RevisionChangesMessageTests
{
    [Fact]
    public void A_revision_shows_removed_words_struck_and_added_words_bold_above_the_draft()
    {
        var model = ViewModels.Approval() with { Changes = RevisionChanges.Between("We are hiring 100 engineers in Lyon.", "We are hiring 120 engineers in Lisbon and Lyon.") };

        var text = Rendered.Text(ApprovalMessage.Build(model).ToJson());

        Assert.Contains("What changed since revision 2", text, StringComparison.Ordinal);
        Assert.Contains("We are hiring ~100~ *120* engineers in *Lisbon and* Lyon.", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("What changed", StringComparison.Ordinal) < text.IndexOf("We are hiring! Join us.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_revision_has_no_changes_section()
    {
        Assert.DoesNotContain("What changed", Rendered.Text(ApprovalMessage.Build(ViewModels.Approval()).ToJson()), StringComparison.Ordinal);
    }

    [Fact]
    public void Long_unchanged_stretches_are_shortened_to_the_words_around_the_change()
    {
        var opening = string.Join(' ', Enumerable.Repeat("unchanged", 60));
        var changes = RevisionChanges.Between(opening + " 100 engineers. " + opening, opening + " 120 engineers. " + opening);

        var same = changes.Where(c => c.Kind == TextChangeKind.Same).Sum(c => c.Text.Length);
        Assert.True(same < 200, $"{same} unchanged characters kept");
        Assert.Contains(changes, c => c.Kind == TextChangeKind.Removed && c.Text.Contains("100", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.Kind == TextChangeKind.Added && c.Text.Contains("120", StringComparison.Ordinal));
        Assert.StartsWith("…", changes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_words_give_no_changes()
    {
        Assert.Empty(RevisionChanges.Between("Same words here", "Same  words here"));
    }

    [Fact]
    public void A_completely_rewritten_long_draft_stays_within_the_message_limits()
    {
        var changes = RevisionChanges.Between(ViewModels.Hostile(30_000), string.Concat(Enumerable.Repeat("new words\n", 3000)));
        var model = ViewModels.MaximalApproval(textLength: 30_000) with { Changes = changes };

        Assert.True(changes.Sum(c => c.Text.Length) <= PostApprovalBot.Core.Drafts.DiffDigest.MaxCharacters + 100);
        BlockKitAudit.AssertMessage(ApprovalMessage.Build(model).ToJson());
    }
}
