namespace PostApprovalBot.Testing.Entra;

/// <summary>What an authorization code stands for until it is redeemed: who asked, where the answer went, the PKCE challenge, and who signed in.</summary>
internal sealed record AuthorizationGrant(
    OpenIdConnectClient Client, string RedirectUri, string CodeChallenge, string? Nonce, string Scope, EntraPerson? Person, DateTimeOffset IssuedAt)
{
    /// <summary>Entra's authorization codes live about ten minutes.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
}
