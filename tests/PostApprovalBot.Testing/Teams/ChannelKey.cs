using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace PostApprovalBot.Testing.Teams;

/// <summary>An RSA key made for the test, published the way the Bot Framework key set publishes its keys (with endorsements).</summary>
public sealed class ChannelKey
{
    private readonly RSA rsa = RSA.Create(2048);

    public ChannelKey(string kid, params string[] endorsements)
    {
        Kid = kid;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = kid };
    }

    public string Kid { get; }

    public string[] Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    /// <summary>The public modulus, which an HMAC forgery would use as its "secret".</summary>
    public byte[] PublicModulus => rsa.ExportParameters(false).Modulus!;

    public JsonObject ToJwk()
    {
        var parameters = rsa.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray(Endorsements.Select(e => (JsonNode)JsonValue.Create(e)).ToArray()),
        };
    }
}
