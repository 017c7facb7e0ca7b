namespace PostApprovalBot.Core.Policy;

/// <summary>What admins configure for the policy check.</summary>
public sealed record PolicySettings(
    PlatformRules PlatformRules,
    IReadOnlyList<LexiconTerm> Lexicon,
    IReadOnlyList<string> AllowedLinkDomains)
{
    public static PolicySettings Default { get; } = new(PlatformRules.Default, [], []);
}
