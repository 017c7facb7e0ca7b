using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PostApprovalBot.Web.Sessions;

namespace PostApprovalBot.Web.Pages;

/// <summary>
/// Signing out is a form post (with the antiforgery token every page carries in its header), so no link on another site can
/// sign someone out; in a browser it also ends the Entra session, inside Teams only ours (Teams keeps its own).
/// </summary>
public sealed class SignOutModel(IOptions<WebViewOptions> options) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(WebViewSchemes.Session);
        if (!options.Value.Enabled || Request.Cookies.ContainsKey(SignInEndpoints.InTeamsCookie)) return LocalRedirect("/web/signed-out");
        return SignOut(new AuthenticationProperties { RedirectUri = "/web/signed-out" }, WebViewSchemes.Entra);
    }
}
