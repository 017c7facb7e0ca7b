using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;

namespace PostApprovalBot.Web.Sessions;

/// <summary>
/// Which issuers a Teams SSO token may name. The authority's metadata gives the v2 issuer
/// (<c>https://login.microsoftonline.com/{tenant}/v2.0</c>); an app registration left at its default token version makes
/// Entra issue v1 access tokens for the same tenant, signed by the same keys but issued by
/// <c>https://sts.windows.net/{tenant}/</c>. Both are the tenant's; a token of any other issuer opens no session.
/// </summary>
internal static partial class EntraIssuers
{
    /// <summary>For <see cref="TokenValidationParameters.IssuerValidatorUsingConfiguration"/>: the authority's metadata is the configuration.</summary>
    public static string Validate(string issuer, SecurityToken token, TokenValidationParameters parameters, BaseConfiguration? configuration)
    {
        var trusted = (parameters.ValidIssuers ?? []).Append(parameters.ValidIssuer).Append(configuration?.Issuer).OfType<string>().ToList();
        if (trusted.Contains(issuer, StringComparer.Ordinal) || trusted.Select(V1Of).Contains(issuer, StringComparer.Ordinal)) return issuer;
        throw new SecurityTokenInvalidIssuerException($"The token's issuer {issuer} is not this tenant's Entra ID.") { InvalidIssuer = issuer };
    }

    /// <summary>The v1 issuer of the tenant whose v2 issuer this is, or null for any other authority (other clouds included).</summary>
    public static string? V1Of(string v2Issuer) =>
        V2Issuer().Match(v2Issuer) is { Success: true } match ? $"https://sts.windows.net/{match.Groups["tenant"].Value}/" : null;

    [GeneratedRegex(@"^https://login\.microsoftonline\.com/(?<tenant>[0-9a-fA-F-]{36})/v2\.0$")]
    private static partial Regex V2Issuer();
}
