using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Tests.Builders;
using static PostApprovalBot.Core.Tests.Builders.Posts;

namespace PostApprovalBot.Core.Tests.Policy;

[Trait("Category", "Domain")]
public sealed class XWeightedLengthTests
{
    [Fact]
    public void Latin_text_of_exactly_280_characters_passes_on_X()
    {
        var report = Check(Letters(280), Platform.X);

        Assert.DoesNotContain("length.exceeded", report.Codes());
    }

    [Fact]
    public void Latin_text_of_281_characters_is_blocked_on_X()
    {
        var report = Check(Letters(281), Platform.X);

        var finding = Assert.Single(report.Findings, f => f.Code == "length.exceeded");
        Assert.True(finding.Blocks);
        Assert.Contains("Shorten it by 1", finding.Message);
    }

    [Theory]
    [InlineData(19)]
    [InlineData(23)]
    [InlineData(400)]
    public void A_url_counts_23_on_X_whatever_its_length(int urlLength)
    {
        Assert.Equal(23, Length(Url(urlLength), Platform.X));
    }

    [Fact]
    public void Text_with_a_long_url_weighing_exactly_280_passes_on_X()
    {
        var text = Letters(256) + " " + Url(600);

        var report = Check(text, Platform.X);

        Assert.Equal(280, Length(text, Platform.X));
        Assert.False(report.Blocks);
    }

    [Fact]
    public void Full_stop_after_a_url_counts_as_a_character_of_its_own_on_X()
    {
        Assert.Equal(24, Length(Url(60) + ".", Platform.X));
    }

    [Fact]
    public void A_cjk_character_counts_two_on_X()
    {
        Assert.Equal(6, Length("日本語", Platform.X));
    }

    [Fact]
    public void Text_of_140_cjk_characters_passes_on_X()
    {
        Assert.False(Check(Repeat("字", 140), Platform.X).Blocks);
    }

    [Fact]
    public void Text_of_141_cjk_characters_is_blocked_on_X()
    {
        Assert.Contains("length.exceeded", Check(Repeat("字", 141), Platform.X).Codes());
    }

    [Theory]
    [InlineData("\U0001F600")]
    [InlineData(FamilyEmoji)]
    [InlineData(FrenchFlag)]
    [InlineData("\U0001F44D\U0001F3FD")]
    [InlineData("\u2764\uFE0F")]
    public void An_emoji_counts_two_on_X_however_many_code_points_it_has(string emoji)
    {
        Assert.Equal(2, Length(emoji, Platform.X));
    }

    [Fact]
    public void Text_of_140_family_emoji_passes_on_X()
    {
        Assert.False(Check(Repeat(FamilyEmoji, 140), Platform.X).Blocks);
    }

    [Fact]
    public void Text_of_141_flags_is_blocked_on_X()
    {
        Assert.Contains("length.exceeded", Check(Repeat(FrenchFlag, 141), Platform.X).Codes());
    }

    [Fact]
    public void Accented_latin_letters_and_typographic_quotes_count_one_on_X()
    {
        Assert.Equal(8, Length("“Déjà”vu", Platform.X));
    }
}
