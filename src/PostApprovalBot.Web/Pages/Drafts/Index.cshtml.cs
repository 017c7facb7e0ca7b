using Microsoft.AspNetCore.Mvc.RazorPages;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Web.Access;

namespace PostApprovalBot.Web.Pages.Drafts;

/// <summary>The same two lists as chat's 'pending' and 'my drafts': each one partition read of the person's own inbox.</summary>
public sealed class IndexModel(DraftService drafts, WebViewer viewer, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;
    private const int MostShown = 200;

    public IReadOnlyList<DraftOverview> Waiting { get; private set; } = [];
    public IReadOnlyList<DraftOverview> Mine { get; private set; } = [];
    public int Shown { get; private set; }
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task OnGetAsync(int? show)
    {
        Shown = Math.Clamp(show ?? PageSize, 1, MostShown);
        var person = viewer.Required;
        var waiting = drafts.WaitingForAsync(person, Shown, HttpContext.RequestAborted);
        var mine = drafts.MyDraftsAsync(person, Shown, HttpContext.RequestAborted);
        (Waiting, Mine) = (await waiting, await mine);
    }

    public bool MayShowMore => Shown < MostShown && (Waiting.Count == Shown || Mine.Count == Shown);
}
