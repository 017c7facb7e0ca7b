using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PostApprovalBot.Teams.Tests.Support;

/// <summary>A token as the channel service would issue it; each test changes one thing with <c>with</c>.</summary>
internal sealed record ChannelToken
{
    public const string AppId = "2f4c9b0e-0000-4000-8000-00000000b07a";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    public string Issuer { get; init; } = "https://api.botframework.com";

    public string Audience { get; init; } = AppId;

    public string? ServiceUrlClaim { get; init; } = ServiceUrl;

    public DateTime NotBefore { get; init; } = DateTime.UtcNow.AddMinutes(-1);

    public DateTime Expires { get; init; } = DateTime.UtcNow.AddHours(1);

    public string SignWith(ChannelSigningKey key) =>
        Sign(new SigningCredentials(key.SecurityKey, SecurityAlgorithms.RsaSha256));

    public string Sign(SigningCredentials credentials)
    {
        var claims = new Dictionary<string, object>();
        if (ServiceUrlClaim is not null)
        {
            claims["serviceurl"] = ServiceUrlClaim;
        }

        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            NotBefore = NotBefore,
            Expires = Expires,
            IssuedAt = NotBefore,
            Claims = claims,
            SigningCredentials = credentials,
        });
    }

    /// <summary>A token with <c>alg: none</c> and no signature: a forgery attempt, built by hand.</summary>
    public string Unsigned(string kid)
    {
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes($$"""{"alg":"none","typ":"JWT","kid":"{{kid}}"}"""));
        var exp = new DateTimeOffset(Expires).ToUnixTimeSeconds();
        var nbf = new DateTimeOffset(NotBefore).ToUnixTimeSeconds();
        var payload = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(
            $$"""{"iss":"{{Issuer}}","aud":"{{Audience}}","serviceurl":"{{ServiceUrlClaim}}","nbf":{{nbf}},"exp":{{exp}}}"""));
        return $"{header}.{payload}.";
    }
}
