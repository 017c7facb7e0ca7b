using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace PostApprovalBot.Web.Sessions;

/// <summary>The Teams tab exchanging its SSO token for a session. Signing in and out are pages (SignIn, SignOut).</summary>
internal static class SignInEndpoints
{
    /// <summary>Set by the tab page: a session that ends inside Teams signs in again by SSO, since Entra's page cannot be framed.</summary>
    public const string InTeamsCookie = "PostApprovalBot.InTeams";

    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost("/web/teams/session", OpenTeamsSessionAsync).AllowAnonymous().DisableAntiforgery();
    }

    // The tab's token proves who the person is to Teams' Entra tenant; the session it opens holds only the person.
    private static async Task<IResult> OpenTeamsSessionAsync(HttpContext http, IOptions<WebViewOptions> options)
    {
        if (!options.Value.Enabled)
            return Results.Problem(title: "NotConfigured", detail: "The web view's sign-in is not configured: set WebView:Authority and WebView:ClientId.", statusCode: 503);
        var result = await http.AuthenticateAsync(WebViewSchemes.TeamsSso);
        if (!result.Succeeded)
            return Results.Problem(title: "NotSignedIn", detail: "A valid Teams single sign-on token is required (Authorization: Bearer).", statusCode: 401);
        if (SignedInPerson.From(result.Principal) is not { } person)
            return Results.Problem(title: "NoIdentity", detail: "The token names no user (no preferred_username, upn or email claim).", statusCode: 401);
        await http.SignInAsync(WebViewSchemes.Session, SignedInPerson.Session(person, "teams", WebViewSchemes.Session));
        return Results.NoContent();
    }
}
