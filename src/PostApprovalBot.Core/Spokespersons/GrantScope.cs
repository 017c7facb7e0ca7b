using PostApprovalBot.Core.Accounts;

namespace PostApprovalBot.Core.Spokespersons;

/// <summary>What a grant covers: one account, or every account of a platform.</summary>
public sealed record GrantScope(string? AccountId, Platform? Platform)
{
    public static GrantScope ForAccount(string accountId) => new(accountId, null);

    public static GrantScope ForPlatform(Platform platform) => new(null, platform);

    /// <summary>Every scope whose grants cover the account: the account itself and its platform.</summary>
    public static IReadOnlyList<GrantScope> Covering(CompanyAccount account) => [ForAccount(account.Id), ForPlatform(account.Platform)];

    public bool Covers(CompanyAccount account) =>
        AccountId is not null ? AccountId == account.Id : Platform == account.Platform;

    public override string ToString() => AccountId ?? $"every {Platform} account";
}
