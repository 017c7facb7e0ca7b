using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace PostApprovalBot.Integration.Tests.Infrastructure;

/// <summary>
/// Stands in for Entra ID in process: a signing key made here, handed to one of the host's JWT schemes as its OpenID
/// configuration, and tokens minted with the claims Entra puts in them.
/// </summary>
public sealed class EntraTestKey
{
    public const string TenantId = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
    public const string Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";

    /// <summary>The same tenant's issuer in v1 access tokens (an app registration left at its default token version).</summary>
    public const string V1Issuer = $"https://sts.windows.net/{TenantId}/";

    private readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = "entra-test-key" };

    public void Trust(IServiceCollection services, string scheme) =>
        services.PostConfigure<JwtBearerOptions>(scheme, jwt =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
            configuration.SigningKeys.Add(key);
            // The framework already made a manager that would fetch the authority's metadata: replace it.
            jwt.Configuration = configuration;
            jwt.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        });

    public string Mint(string audience, Dictionary<string, object> claims, DateTime? expires = null, string issuer = Issuer) =>
        Mint(key, audience, claims, expires, issuer);

    /// <summary>A token signed by a key nobody trusts.</summary>
    public static string Forged(string audience, Dictionary<string, object> claims) =>
        Mint(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "forged" }, audience, claims, null, Issuer);

    private static string Mint(SecurityKey signingKey, string audience, Dictionary<string, object> claims, DateTime? expires, string issuer)
    {
        var until = expires ?? DateTime.UtcNow.AddMinutes(30);
        return SignedToken.Create(new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256), issuer, audience, claims, until.AddHours(-1), until);
    }
}
