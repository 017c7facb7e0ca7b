using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Tests.Builders;
using static PostApprovalBot.Core.Tests.Builders.Posts;

namespace PostApprovalBot.Core.Tests.Policy;

[Trait("Category", "Domain")]
public sealed class PlatformLimitTests
{
    [Theory]
    [InlineData(Platform.LinkedIn, 3_000)]
    [InlineData(Platform.Instagram, 2_200)]
    [InlineData(Platform.Threads, 500)]
    [InlineData(Platform.Bluesky, 300)]
    [InlineData(Platform.Mastodon, 500)]
    [InlineData(Platform.Facebook, 63_206)]
    public void Text_at_the_platform_limit_passes(Platform platform, int limit)
    {
        Assert.False(Check(Letters(limit), platform).Blocks);
    }

    [Theory]
    [InlineData(Platform.LinkedIn, 3_000)]
    [InlineData(Platform.Instagram, 2_200)]
    [InlineData(Platform.Threads, 500)]
    [InlineData(Platform.Bluesky, 300)]
    [InlineData(Platform.Mastodon, 500)]
    [InlineData(Platform.Facebook, 63_206)]
    public void One_character_over_the_platform_limit_is_blocked(Platform platform, int limit)
    {
        var report = Check(Letters(limit + 1), platform);

        var finding = Assert.Single(report.Findings);
        Assert.Equal("length.exceeded", finding.Code);
        Assert.True(finding.Blocks);
    }

    [Fact]
    public void Bluesky_counts_300_emoji_graphemes_as_300()
    {
        var text = Repeat(FamilyEmoji, 300);

        Assert.Equal(300, Length(text, Platform.Bluesky));
        Assert.False(Check(text, Platform.Bluesky).Blocks);
    }

    [Fact]
    public void Bluesky_blocks_301_emoji_graphemes()
    {
        Assert.True(Check(Repeat(FrenchFlag, 301), Platform.Bluesky).Blocks);
    }

    [Fact]
    public void Threads_counts_an_emoji_as_one_character()
    {
        Assert.False(Check(Repeat("\U0001F600", 500), Platform.Threads).Blocks);
    }

    [Fact]
    public void Mastodon_counts_a_url_as_23_whatever_its_length()
    {
        var text = Letters(476) + " " + Url(300);

        Assert.Equal(500, Length(text, Platform.Mastodon));
        Assert.False(Check(text, Platform.Mastodon).Blocks);
    }

    [Fact]
    public void Instagram_allows_30_hashtags()
    {
        var text = string.Join(" ", Enumerable.Range(1, 30).Select(i => $"#tag{i}"));

        Assert.False(Check(text, Platform.Instagram).Blocks);
    }

    [Fact]
    public void Instagram_blocks_a_31st_hashtag_and_points_at_it()
    {
        var text = string.Join(" ", Enumerable.Range(1, 31).Select(i => $"#tag{i}"));

        var finding = Assert.Single(Check(text, Platform.Instagram).Findings);

        Assert.Equal("hashtags.exceeded", finding.Code);
        Assert.True(finding.Blocks);
        Assert.Equal("#tag31", finding.Marked(text));
    }

    [Fact]
    public void Hashtag_limit_applies_only_where_the_platform_has_one()
    {
        var text = string.Join(" ", Enumerable.Range(1, 31).Select(i => $"#tag{i}"));

        Assert.False(Check(text, Platform.LinkedIn).Blocks);
    }

    [Fact]
    public void Configured_limit_replaces_the_default()
    {
        var settings = PolicySettings.Default with
        {
            PlatformRules = new PlatformRules([new PlatformRule(Platform.Mastodon, 1_000, LengthCounting.CharactersWithFixedUrls)]),
        };

        Assert.False(Check(Letters(800), Platform.Mastodon, settings).Blocks);
        Assert.True(Check(Letters(1_001), Platform.Mastodon, settings).Blocks);
    }

    [Fact]
    public void Configuring_one_platform_keeps_the_defaults_of_the_others()
    {
        var rules = new PlatformRules([new PlatformRule(Platform.Mastodon, 1_000, LengthCounting.CharactersWithFixedUrls)]);

        Assert.Equal(280, rules.For(Platform.X).MaxLength);
        Assert.Equal(30, rules.For(Platform.Instagram).MaxHashtags);
    }

    [Fact]
    public void Empty_text_is_blocked()
    {
        Assert.Contains("text.empty", Check("   ").Codes());
    }
}
