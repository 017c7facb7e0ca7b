using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PostApprovalBot.Testing;

/// <summary>A JWT signed with exactly the times given (issued at the start of its validity, no defaults added), as the stand-ins issue them.</summary>
public static class SignedToken
{
    public static string Create(
        SigningCredentials credentials, string issuer, string audience, IDictionary<string, object> claims, DateTime notBefore, DateTime expires) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            Claims = claims,
            SigningCredentials = credentials,
        });
}
