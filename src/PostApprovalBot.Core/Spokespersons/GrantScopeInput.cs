using PostApprovalBot.Core.Accounts;

namespace PostApprovalBot.Core.Spokespersons;

/// <summary>Reads "an account or a platform" from API, page and CSV input, with the problem in words.</summary>
public static class GrantScopeInput
{
    public static (GrantScope? Scope, string? Problem) Read(string? account, string? platform)
    {
        if (!string.IsNullOrWhiteSpace(account) && !string.IsNullOrWhiteSpace(platform))
            return (null, "Give either an account or a platform, not both.");
        if (!string.IsNullOrWhiteSpace(account)) return (GrantScope.ForAccount(account.Trim()), null);
        if (PlatformNames.TryParse(platform, out var p)) return (GrantScope.ForPlatform(p), null);
        return (null, string.IsNullOrWhiteSpace(platform)
            ? "Name the account (e.g. linkedin-contoso) or the platform (e.g. linkedin)."
            : $"'{platform}' is not a platform. Platforms: {string.Join(", ", Enum.GetValues<Platform>().Select(PlatformNames.Key))}.");
    }
}
