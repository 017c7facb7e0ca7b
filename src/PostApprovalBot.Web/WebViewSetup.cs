using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PostApprovalBot.Web.Access;
using PostApprovalBot.Web.Assets;
using PostApprovalBot.Web.Sessions;

namespace PostApprovalBot.Web;

/// <summary>
/// The web view under /web: the same drafts, administration and audit trail as chat, as pages for a browser and a Teams tab.
/// Pages call the core's use cases exactly as the chat channels do; every page but sign-in needs a signed-in person.
/// </summary>
public static class WebViewSetup
{
    public static IServiceCollection AddWebView(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebViewOptions>(configuration.GetSection(WebViewOptions.Section));
        services.AddWebSignIn(configuration);
        services.AddHttpContextAccessor();
        services.AddSingleton<DevelopmentSignIn>();
        services.AddScoped<WebViewer>();
        // Teams frames the tab: the frame-ancestors policy below says by whom, so antiforgery's SAMEORIGIN header must not.
        services.AddAntiforgery(antiforgery => antiforgery.SuppressXFrameOptionsHeader = true);
        services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/", WebViewSchemes.Policy);
            pages.Conventions.AllowAnonymousToPage("/SignIn");
            pages.Conventions.AllowAnonymousToPage("/SignedOut");
            pages.Conventions.AllowAnonymousToPage("/SignOut");
            pages.Conventions.AllowAnonymousToPage("/Teams/Tab");
        });
        return services;
    }

    /// <summary>
    /// The cookie policy goes before authentication, which sets the session cookie on Entra's callback (cookies over plain
    /// http cannot be SameSite=None, see WebAuthentication); pages may be framed by Teams only.
    /// </summary>
    public static IApplicationBuilder UseWebView(this IApplicationBuilder app)
    {
        app.UseCookiePolicy();
        app.Use((http, next) =>
        {
            if (http.Request.Path.StartsWithSegments("/web")) http.Response.Headers.ContentSecurityPolicy = TeamsFrameAncestors;
            return next(http);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    // The hosts Teams runs tabs in (web, desktop, Outlook and the Microsoft 365 app), and nobody else: no clickjacking.
    private const string TeamsFrameAncestors = "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com "
        + "https://*.cloud.microsoft https://*.office.com https://outlook.office.com https://*.microsoft365.com";

    public static IEndpointRouteBuilder MapWebView(this IEndpointRouteBuilder app)
    {
        app.MapWebAssets();
        app.MapSignIn();
        app.MapGet("/web", () => Results.Redirect(ReturnUrl.Home)).AllowAnonymous();
        app.MapRazorPages();
        return app;
    }
}
