using PostApprovalBot.Core.Drafts;

namespace PostApprovalBot.Core.Tests.Drafts;

[Trait("Category", "Workflow")]
public sealed class WordDiffTests
{
    private static string Show(IReadOnlyList<DiffSegment> diff) => string.Concat(diff.Select(s => s.Kind switch
    {
        DiffKind.Added => "{+" + s.Text + "+}",
        DiffKind.Removed => "[-" + s.Text + "-]",
        _ => s.Text,
    }));

    [Fact]
    public void A_replaced_word_shows_as_removed_then_added()
    {
        var diff = WordDiff.Compute("We grew 40% this year.", "We grew 38% this year.");

        Assert.Equal("We grew [-40% -]{+38% +}this year.", Show(diff));
    }

    [Fact]
    public void Identical_texts_have_no_changes()
    {
        Assert.False(WordDiff.HasChanges(WordDiff.Compute("Hello world", "Hello world")));
    }

    [Fact]
    public void Added_and_removed_words_keep_their_order()
    {
        var diff = WordDiff.Compute("Join us in Lyon on Monday", "Join us in Paris and Lyon on Tuesday");

        Assert.Equal("Join us in {+Paris and +}Lyon on [-Monday-]{+Tuesday+}", Show(diff));
    }

    [Fact]
    public void The_new_text_can_be_rebuilt_from_same_and_added_segments()
    {
        const string before = "Línea uno.\nSecond line, with 漢字 and emoji 🎉.";
        const string after = "Línea uno.\nSecond line with 漢字 and more emoji 🎉🎉.";

        var diff = WordDiff.Compute(before, after);

        Assert.Equal(after, string.Concat(diff.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
        Assert.Equal(before, string.Concat(diff.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
    }
}
