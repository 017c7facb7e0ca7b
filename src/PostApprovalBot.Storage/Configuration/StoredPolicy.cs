using PostApprovalBot.Core.Policy;

namespace PostApprovalBot.Storage.Configuration;

/// <summary>The policy settings as stored: only the platform limits that differ from the defaults.</summary>
public sealed record StoredPolicy(
    IReadOnlyList<LexiconTerm> Lexicon,
    IReadOnlyList<string> AllowedLinkDomains,
    IReadOnlyList<PlatformRule> PlatformOverrides)
{
    public PolicySettings ToSettings() => new(new PlatformRules(PlatformOverrides), Lexicon, AllowedLinkDomains);
}
