using PostApprovalBot.Core.Accounts;

namespace PostApprovalBot.Core.Spokespersons;

/// <summary>What a grant covers: one account, or every account of a platform.</summary>
public sealed record GrantScope(string? AccountId, Platform? Platform)
{
    public static GrantScope ForAccount(string accountId) => new(accountId, null);

    public static GrantScope ForPlatform(Platform platform) => new(null, platform);

    public bool Covers(CompanyAccount account) =>
        AccountId is not null ? AccountId == account.Id : Platform == account.Platform;

    public override string ToString() => AccountId ?? $"every {Platform} account";
}
