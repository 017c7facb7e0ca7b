namespace PostApprovalBot.Testing.Entra;

/// <summary>An app registration of the stand-in tenant: client id, client secret and the redirect URIs registered for it.</summary>
public sealed record OpenIdConnectClient(string ClientId, string ClientSecret, IReadOnlyList<string> RedirectUris);
