using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Web.Access;

/// <summary>
/// A page only some people may open (administration, audit): before any handler runs, the gate is asked for the signed-in
/// person; a refusal, already audited by the gate, is shown as a 403 page that says whom to ask.
/// </summary>
public abstract class GatedPageModel : PageModel
{
    protected Person Actor => Sessions.SignedInPerson.From(User)!;

    /// <summary>Null when the person may open the page; otherwise the refusal.</summary>
    protected abstract Task<Refusal?> CheckAsync(Person actor, CancellationToken ct);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (await CheckAsync(Actor, HttpContext.RequestAborted) is { } refusal)
        {
            context.Result = new PartialViewResult { ViewName = "_Refused", StatusCode = 403, ViewData = new ViewDataDictionary<string>(ViewData, refusal.Message) };
            return;
        }
        await next();
    }
}
