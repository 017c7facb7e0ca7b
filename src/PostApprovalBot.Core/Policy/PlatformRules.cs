using PostApprovalBot.Core.Accounts;

namespace PostApprovalBot.Core.Policy;

/// <summary>The limits per platform, with the published defaults.</summary>
public sealed class PlatformRules
{
    private readonly Dictionary<Platform, PlatformRule> _rules;

    public PlatformRules(IEnumerable<PlatformRule> rules)
    {
        _rules = Defaults.ToDictionary(r => r.Platform);
        foreach (var rule in rules) _rules[rule.Platform] = rule;
    }

    public static IReadOnlyList<PlatformRule> Defaults { get; } =
    [
        new(Platform.X, 280, LengthCounting.XWeighted),
        new(Platform.LinkedIn, 3_000, LengthCounting.Characters),
        new(Platform.Facebook, 63_206, LengthCounting.Characters),
        new(Platform.Instagram, 2_200, LengthCounting.Characters, MaxHashtags: 30),
        new(Platform.Threads, 500, LengthCounting.Characters),
        new(Platform.Bluesky, 300, LengthCounting.Graphemes),
        new(Platform.Mastodon, 500, LengthCounting.CharactersWithFixedUrls),
        new(Platform.YouTube, 5_000, LengthCounting.Characters),
        new(Platform.TikTok, 2_200, LengthCounting.Characters),
    ];

    public static PlatformRules Default { get; } = new([]);

    public PlatformRule For(Platform platform) => _rules[platform];
}
