using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using PostApprovalBot.Host.Admin;

namespace PostApprovalBot.Integration.Tests.Admin;

/// <summary>
/// Stands in for Entra ID: a signing key made here, handed to the admin API's JWT handler as its
/// OpenID configuration, and tokens minted with the claims Entra puts in access tokens.
/// </summary>
public sealed class AdminTokens
{
    public const string Issuer = "https://login.microsoftonline.test/tenant/v2.0";
    public const string Audience = "api://postapprovalbot";
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "admin-test-key" };

    public static (string, string?)[] Settings(string bootstrap) =>
    [
        ("AdminApi:Authority", Issuer),
        ("AdminApi:Audience", Audience),
        ("Admin:Bootstrap", bootstrap),
    ];

    public void Install(IServiceCollection services) =>
        services.PostConfigure<JwtBearerOptions>(AdminApiOptions.Scheme, jwt =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
            configuration.SigningKeys.Add(_key);
            // The framework already made a manager that would fetch the authority's metadata: replace it.
            jwt.Configuration = configuration;
            jwt.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        });

    public string For(string email, params string[] roles) => Mint(email, roles, _key);

    /// <summary>A token signed by a key the API does not know.</summary>
    public static string Forged(string email) => Mint(email, ["PostApprovalBot.Admin"], new RsaSecurityKey(RSA.Create(2048)) { KeyId = "forged" });

    private static string Mint(string email, string[] roles, SecurityKey key) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Expires = DateTime.UtcNow.AddMinutes(30),
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        Claims = new Dictionary<string, object> { ["preferred_username"] = email, ["name"] = email.Split('@')[0], ["roles"] = roles },
    });
}
