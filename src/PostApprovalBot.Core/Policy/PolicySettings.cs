namespace PostApprovalBot.Core.Policy;

/// <summary>What admins configure for the policy check.</summary>
public sealed record PolicySettings(
    PlatformRules PlatformRules,
    IReadOnlyList<LexiconTerm> Lexicon,
    IReadOnlyList<string> AllowedLinkDomains,
    IReadOnlyList<PostingPolicy>? AccountPolicies = null)
{
    public static PolicySettings Default { get; } = new(PlatformRules.Default, [], []);

    public PostingPolicy? PostingPolicyFor(string accountId) => AccountPolicies?.FirstOrDefault(p => p.AccountId == accountId);
}
