using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace PostApprovalBot.Testing.Teams;

/// <summary>A token as the Bot Framework channel service issues it, minted in the test; each case changes one thing with <c>with</c>.</summary>
public sealed record ChannelToken
{
    public const string AppId = "6d0f3b1e-5c2a-4e77-9a41-0b5e2c7d9f13";

    /// <summary>The serviceUrl of the public Teams service (Americas), the claim's default.</summary>
    public const string PublicServiceUrl = "https://smba.trafficmanager.net/amer/";

    /// <summary>The <c>serviceurl</c> claim: where the bot must send its replies; null leaves the claim out.</summary>
    public string? ServiceUrl { get; init; } = PublicServiceUrl;

    public string Issuer { get; init; } = "https://api.botframework.com";

    public string Audience { get; init; } = AppId;

    public DateTime NotBefore { get; init; } = DateTime.UtcNow.AddMinutes(-1);

    public DateTime Expires { get; init; } = DateTime.UtcNow.AddHours(1);

    public string SignWith(ChannelKey key) => SignWith(new SigningCredentials(key.SecurityKey, SecurityAlgorithms.RsaSha256));

    public string SignWith(SigningCredentials credentials)
    {
        var claims = new Dictionary<string, object>();
        if (ServiceUrl is not null) claims["serviceurl"] = ServiceUrl;
        return SignedToken.Create(credentials, Issuer, Audience, claims, NotBefore, Expires);
    }

    /// <summary>A forgery: header <c>alg: none</c>, a valid-looking payload, and no signature.</summary>
    public string Unsigned(string kid)
    {
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes($$"""{"alg":"none","typ":"JWT","kid":"{{kid}}"}"""));
        var payload = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(
            $$"""{"iss":"{{Issuer}}","aud":"{{Audience}}","serviceurl":"{{ServiceUrl}}","nbf":{{Seconds(NotBefore)}},"exp":{{Seconds(Expires)}}}"""));
        return $"{header}.{payload}.";
    }

    private static long Seconds(DateTime at) => new DateTimeOffset(at).ToUnixTimeSeconds();
}
