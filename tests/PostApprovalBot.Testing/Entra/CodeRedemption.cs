using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace PostApprovalBot.Testing.Entra;

/// <summary>
/// /oauth2/v2.0/token for the authorization code grant, as Entra answers it: the client authenticates with its secret (posted, or
/// HTTP Basic), the code is good once, for the same client and redirect URI, and only with the verifier of its PKCE challenge.
/// Errors are Entra's JSON (<c>error</c>, <c>error_description</c>, <c>error_codes</c>), 401 for client authentication, 400 otherwise.
/// </summary>
internal static class CodeRedemption
{
    public static async Task<IResult> AnswerAsync(OpenIdConnectStandIn standIn, HttpRequest request)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        var (clientId, secret) = ClientCredentials(request, form);
        if (form["grant_type"].ToString().Length == 0)
            return Error(400, "invalid_request", 900144, "The request body must contain the following parameter: 'grant_type'.");
        if (standIn.Client(clientId) is not { } client)
            return Error(400, "unauthorized_client", 700016, $"Application with identifier '{clientId}' was not found in the directory '{OpenIdConnectStandIn.TenantId}'.");
        if (secret is null)
            return Error(401, "invalid_client", 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(client.ClientSecret)))
            return Error(401, "invalid_client", 7000215, "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.");
        if (form["grant_type"].ToString() != "authorization_code")
            return Error(400, "unsupported_grant_type", 70003, $"The app requested an unsupported grant type '{form["grant_type"]}'.");

        var (grant, alreadyRedeemed) = standIn.Flows.Redeem(form["code"].ToString());
        if (alreadyRedeemed)
            return Error(400, "invalid_grant", 54005, "OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.");
        if (grant?.Person is not { } person || grant.Client.ClientId != client.ClientId)
            return Error(400, "invalid_grant", 9002313, "Invalid request. Request is malformed or invalid: the provided value for the 'code' parameter is not valid.");
        if (DateTimeOffset.UtcNow - grant.IssuedAt > AuthorizationGrant.Lifetime)
            return Error(400, "invalid_grant", 70008, "The provided authorization code or refresh token has expired due to inactivity.");
        if (form["redirect_uri"].ToString() != grant.RedirectUri)
            return Error(400, "invalid_grant", 500112, $"The reply address '{form["redirect_uri"]}' does not match the reply address '{grant.RedirectUri}' provided when requesting the authorization code.");
        var verifier = form["code_verifier"].ToString();
        if (verifier.Length == 0)
            return Error(400, "invalid_request", 900144, "The request body must contain the following parameter: 'code_verifier'.");
        if (Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != grant.CodeChallenge)
            return Error(400, "invalid_grant", 501481, "The Code_Verifier does not match the code_challenge supplied in the authorization request.");

        var now = DateTime.UtcNow;
        return Results.Text(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["scope"] = grant.Scope,
            ["expires_in"] = 3599,
            ["ext_expires_in"] = 3599,
            ["access_token"] = EntraTokens.AccessToken(standIn.SigningKey, standIn.Issuer, OpenIdConnectStandIn.TenantId, grant, person, now),
            ["id_token"] = EntraTokens.IdToken(standIn.SigningKey, standIn.Issuer, OpenIdConnectStandIn.TenantId, grant, person, now),
        }.ToJsonString(), "application/json");
    }

    private static (string? ClientId, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim())).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : null);
        }

        var secret = form["client_secret"].ToString();
        return (form["client_id"].ToString(), secret.Length > 0 ? secret : null);
    }

    private static IResult Error(int status, string error, int code, string description) => Results.Text(new JsonObject
    {
        ["error"] = error,
        ["error_description"] = $"AADSTS{code}: {description}",
        ["error_codes"] = new JsonArray(code),
        ["timestamp"] = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["trace_id"] = Guid.NewGuid().ToString(),
        ["correlation_id"] = Guid.NewGuid().ToString(),
    }.ToJsonString(), "application/json", statusCode: status);
}
