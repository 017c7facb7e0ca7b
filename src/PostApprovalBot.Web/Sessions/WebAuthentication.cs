using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace PostApprovalBot.Web.Sessions;

/// <summary>
/// Sign-in for the pages: a session cookie, opened by OpenID Connect in a browser or by a Teams SSO token in the tab.
/// The session holds only the person's e-mail and name; what they may see is decided on every request from those.
/// </summary>
internal static class WebAuthentication
{
    public static void AddWebSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(WebViewOptions.Section).Get<WebViewOptions>() ?? new WebViewOptions();
        var authentication = services.AddAuthentication().AddCookie(WebViewSchemes.Session, cookie =>
        {
            cookie.Cookie.Name = "PostApprovalBot.Web";
            cookie.Cookie.Path = "/web";
            cookie.Cookie.HttpOnly = true;
            // The Teams tab is a frame inside teams.microsoft.com: only a SameSite=None cookie reaches the host from there.
            cookie.Cookie.SameSite = SameSiteMode.None;
            cookie.ExpireTimeSpan = options.SessionIdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/web/signin";
            cookie.AccessDeniedPath = "/web/signin";
        });
        if (options.Enabled)
        {
            authentication.AddOpenIdConnect(WebViewSchemes.Entra, oidc => ConfigureEntra(oidc, options));
            authentication.AddJwtBearer(WebViewSchemes.TeamsSso, jwt => TeamsSsoToken.Configure(jwt, options));
        }

        services.AddAuthorizationBuilder().AddPolicy(WebViewSchemes.Policy, policy => policy
            .AddAuthenticationSchemes(WebViewSchemes.Session)
            .RequireAuthenticatedUser()
            .RequireClaim(SignedInPerson.EmailClaim));
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SameSite = SameSiteMode.None);
        services.Configure<CookiePolicyOptions>(policy => policy.OnAppendCookie = DowngradeOnPlainHttp);
    }

    private static void ConfigureEntra(OpenIdConnectOptions oidc, WebViewOptions options)
    {
        oidc.Authority = options.Authority;
        oidc.ClientId = options.ClientId;
        oidc.ClientSecret = options.ClientSecret;
        oidc.RequireHttpsMetadata = options.RequireHttpsMetadata;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.ResponseMode = OpenIdConnectResponseMode.FormPost;
        oidc.UsePkce = true;
        oidc.Scope.Add("email");
        oidc.CallbackPath = "/web/signin-oidc";
        oidc.SignedOutCallbackPath = "/web/signout-oidc";
        oidc.SignInScheme = WebViewSchemes.Session;
        oidc.MapInboundClaims = false;
        oidc.SaveTokens = false;
        oidc.Events.OnTokenValidated = context =>
        {
            // Keep the session small and ours: the person, not the whole id token.
            if (SignedInPerson.From(context.Principal!) is { } person)
                context.Principal = SignedInPerson.Session(person, "entra", WebViewSchemes.Session);
            else
                context.Fail("The sign-in named no e-mail address (no preferred_username, upn or email claim).");
            return Task.CompletedTask;
        };
    }

    // A SameSite=None cookie must be Secure, and browsers drop a Secure cookie set over plain http: on http (a developer's
    // machine, the tests on 127.0.0.1) the cookies are Lax instead, which is enough outside Teams. Over https it is also
    // Partitioned (CHIPS): browsers that block third-party cookies still keep it for the frame inside Teams, under Teams'
    // site only, and a top-level browser tab is its own partition.
    private static void DowngradeOnPlainHttp(AppendCookieContext cookie)
    {
        if (cookie.CookieOptions.SameSite != SameSiteMode.None) return;
        if (!cookie.Context.Request.IsHttps)
        {
            cookie.CookieOptions.SameSite = SameSiteMode.Lax;
            return;
        }
        cookie.CookieOptions.Secure = true;
        if (!cookie.CookieOptions.Extensions.Contains("Partitioned")) cookie.CookieOptions.Extensions.Add("Partitioned");
    }
}
