using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace PostApprovalBot.Web.Sessions;

/// <summary>
/// What a Teams SSO token must be: signed by a key of the tenant's authority, issued by it (as a v2 or a v1 token, see
/// <see cref="EntraIssuers"/>), for this app (its client id or Application ID URI), unexpired, and carrying the scope the
/// tab asks for. Anything else opens no session.
/// </summary>
internal static class TeamsSsoToken
{
    public static void Configure(JwtBearerOptions jwt, WebViewOptions options)
    {
        jwt.Authority = options.Authority;
        jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters.ValidAudiences = new[] { options.ClientId, options.ApplicationIdUri }.OfType<string>().Where(a => a.Length > 0).ToArray();
        jwt.TokenValidationParameters.NameClaimType = SignedInPerson.NameClaim;
        jwt.TokenValidationParameters.IssuerValidatorUsingConfiguration = EntraIssuers.Validate;
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (!HasScope(context.Principal!, WebViewSchemes.TeamsSsoScope))
                    context.Fail($"The token does not carry the '{WebViewSchemes.TeamsSsoScope}' scope.");
                return Task.CompletedTask;
            },
        };
    }

    private static bool HasScope(ClaimsPrincipal principal, string scope) =>
        principal.FindAll("scp").SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Contains(scope, StringComparer.Ordinal);
}
