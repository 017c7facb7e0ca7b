using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PostApprovalBot.Web.Sessions;

/// <summary>Signing out, and the Teams tab exchanging its SSO token for a session. Signing in is the SignIn page.</summary>
internal static class SignInEndpoints
{
    /// <summary>Set by the tab page: a session that ends inside Teams signs in again by SSO, since Entra's page cannot be framed.</summary>
    public const string InTeamsCookie = "PostApprovalBot.InTeams";

    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost("/web/teams/session", OpenTeamsSessionAsync).AllowAnonymous().DisableAntiforgery();
        app.MapGet("/web/signout", async (HttpContext http, IOptions<WebViewOptions> options) =>
        {
            await http.SignOutAsync(WebViewSchemes.Session);
            if (!options.Value.Enabled || http.Request.Cookies.ContainsKey(InTeamsCookie)) return Results.Redirect("/web/signed-out");
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/web/signed-out" }, [WebViewSchemes.Entra]);
        }).AllowAnonymous();
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
