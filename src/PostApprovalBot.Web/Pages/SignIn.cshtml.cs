using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PostApprovalBot.Core.People;
using PostApprovalBot.Web.Sessions;

namespace PostApprovalBot.Web.Pages;

/// <summary>
/// Where every page sends someone not signed in: on to Entra ID (browser), back to the tab's SSO (inside Teams), the
/// development sign-in (a developer's machine), or a page saying the view is not configured and what to set.
/// </summary>
public sealed class SignInModel(IOptions<WebViewOptions> options, DevelopmentSignIn development) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public bool DevelopmentAllowed { get; private set; }

    public string? Problem { get; private set; }

    public IActionResult OnGet()
    {
        var target = Sessions.ReturnUrl.Safe(ReturnUrl);
        if (SignedInPerson.From(User) is not null && User.Identity?.AuthenticationType == WebViewSchemes.Session) return LocalRedirect(target);
        if (options.Value.Enabled)
        {
            if (Request.Cookies.ContainsKey(SignInEndpoints.InTeamsCookie)) return LocalRedirect("/web/teams?returnUrl=" + Uri.EscapeDataString(target));
            return Challenge(new AuthenticationProperties { RedirectUri = target }, WebViewSchemes.Entra);
        }
        DevelopmentAllowed = development.IsAllowed(HttpContext);
        if (!DevelopmentAllowed) Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        DevelopmentAllowed = development.IsAllowed(HttpContext);
        if (!DevelopmentAllowed) return StatusCode(StatusCodes.Status403Forbidden);
        if (!PersonId.TryFromEmail(Email, out var id))
        {
            Problem = $"'{Email}' is not an e-mail address.";
            return Page();
        }
        await HttpContext.SignInAsync(WebViewSchemes.Session, SignedInPerson.Session(Person.FromEmail(id.Value), "development", WebViewSchemes.Session));
        return LocalRedirect(Sessions.ReturnUrl.Safe(ReturnUrl));
    }
}
