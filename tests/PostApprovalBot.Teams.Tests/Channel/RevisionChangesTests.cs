using PostApprovalBot.Teams.Cards.Views;
using PostApprovalBot.Teams.Channel.Rendering;

namespace PostApprovalBot.Teams.Tests.Channel;

[Trait("Category", "Teams")]
public sealed class RevisionChangesTests
{
    [Fact]
    public void Changed_words_are_kept_and_marked()
    {
        var changes = RevisionChanges.Between("We hire 100 engineers in Lyon.", "We hire 120 engineers in Lyon.");

        Assert.Equal(
            [new(TextChangeKind.Same, "We hire "), new(TextChangeKind.Removed, "100 "), new(TextChangeKind.Added, "120 "), new TextChange(TextChangeKind.Same, "engineers in Lyon.")],
            changes);
    }

    [Fact]
    public void A_long_unchanged_middle_keeps_only_the_words_next_to_the_changes()
    {
        var middle = string.Join(' ', Enumerable.Repeat("steady", 80));
        var changes = RevisionChanges.Between($"Start one {middle} end one", $"Start two {middle} end two");

        var shortened = Assert.Single(changes, c => c.Kind == TextChangeKind.Same && c.Text.Contains('…', StringComparison.Ordinal));
        Assert.True(shortened.Text.Length < 160, shortened.Text);
        Assert.StartsWith("steady", shortened.Text, StringComparison.Ordinal);
        Assert.EndsWith("steady end ", shortened.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rewrite_longer_than_the_budget_is_cut_and_says_so()
    {
        var changes = RevisionChanges.Between(new string('a', 5000), string.Join(' ', Enumerable.Repeat("word", 2000)));

        Assert.True(changes.Sum(c => c.Text.Length) < PostApprovalBot.Core.Drafts.DiffDigest.MaxCharacters + 100);
        Assert.Contains("more changes not shown", changes[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Respacing_alone_is_no_change()
    {
        Assert.Empty(RevisionChanges.Between("One two", "One  two"));
    }
}
