namespace PostApprovalBot.Core.Policy;

/// <summary>The policy settings as admins edit them: only the platform limits that differ from the defaults.</summary>
public sealed record PolicyDocument(
    IReadOnlyList<LexiconTerm> Lexicon,
    IReadOnlyList<string> AllowedLinkDomains,
    IReadOnlyList<PlatformRule> PlatformOverrides,
    IReadOnlyList<PostingPolicy>? AccountPolicies = null)
{
    public static PolicyDocument Empty { get; } = new([], [], []);

    public PolicySettings ToSettings() => new(new PlatformRules(PlatformOverrides), Lexicon, AllowedLinkDomains, AccountPolicies ?? []);
}
