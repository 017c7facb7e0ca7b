using Microsoft.IdentityModel.Tokens;
using PostApprovalBot.Testing.Teams;

namespace PostApprovalBot.Testing.Entra;

/// <summary>Tokens as Entra ID v2 issues them (RS256, with the key's kid in the header), minted in the test.</summary>
internal static class EntraTokens
{
    /// <summary>Microsoft Graph: the audience of the access token a sign-in for openid/profile/email gets.</summary>
    public const string GraphAudience = "00000003-0000-0000-c000-000000000000";

    /// <summary>The Teams web client, which asks for a Teams SSO token on the tab's behalf.</summary>
    public const string TeamsWebClientId = "5e3ce6c0-2b1f-4285-8d4b-75ee78787346";

    public static string IdToken(ChannelKey key, string issuer, string tenantId, AuthorizationGrant grant, EntraPerson person, DateTime now)
    {
        var claims = PersonClaims(person, tenantId);
        claims["sub"] = Subject(person, grant.Client.ClientId);
        if (grant.Nonce is not null) claims["nonce"] = grant.Nonce;
        return Sign(key, issuer, grant.Client.ClientId, claims, now, now.AddHours(1));
    }

    public static string AccessToken(ChannelKey key, string issuer, string tenantId, AuthorizationGrant grant, EntraPerson person, DateTime now)
    {
        var claims = PersonClaims(person, tenantId);
        claims["sub"] = Subject(person, GraphAudience);
        claims["scp"] = grant.Scope;
        claims["azp"] = grant.Client.ClientId;
        return Sign(key, issuer, GraphAudience, claims, now, now.AddHours(1));
    }

    public static string TeamsSso(ChannelKey key, string issuer, string tenantId, string audience, EntraPerson person, DateTime notBefore, DateTime expires)
    {
        var claims = PersonClaims(person, tenantId);
        claims["sub"] = Subject(person, audience);
        claims["scp"] = "access_as_user";
        claims["azp"] = TeamsWebClientId;
        return Sign(key, issuer, audience, claims, notBefore, expires);
    }

    private static Dictionary<string, object> PersonClaims(EntraPerson person, string tenantId) => new()
    {
        ["ver"] = "2.0",
        ["tid"] = tenantId,
        ["oid"] = person.ObjectId,
        ["preferred_username"] = person.Email,
        ["email"] = person.Email,
        ["name"] = person.Name,
    };

    // Entra's subject is pairwise: the same person has a different sub in each app.
    private static string Subject(EntraPerson person, string audience) =>
        Base64UrlEncoder.Encode(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(person.ObjectId + "|" + audience)));

    private static string Sign(ChannelKey key, string issuer, string audience, Dictionary<string, object> claims, DateTime notBefore, DateTime expires) =>
        SignedToken.Create(new SigningCredentials(key.SecurityKey, SecurityAlgorithms.RsaSha256), issuer, audience, claims, notBefore, expires);
}
