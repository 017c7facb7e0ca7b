using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Web.Access;

namespace PostApprovalBot.Web.Pages.Drafts;

/// <summary>
/// One draft as the person may see it in chat (the same visibility rule), with its revisions, decisions and audit chain;
/// an approver whose stage waits decides here through the same <see cref="DraftService.DecideAsync"/> as a card click.
/// </summary>
public sealed class DraftModel(DraftService drafts, IAuditArchive archive, WebViewer viewer, TimeProvider clock) : PageModel
{
    public DraftOverview? Overview { get; private set; }
    public StoredAuditChain? Audit { get; private set; }
    public IReadOnlyList<StageProgress> MyStages { get; private set; } = [];
    public string? Outcome { get; private set; }
    public string? Problem { get; private set; }
    public DateTimeOffset Now => clock.GetUtcNow();

    [BindProperty]
    public string? Comment { get; set; }

    public Task<IActionResult> OnGetAsync(string id) => ShowAsync(id);

    public async Task<IActionResult> OnPostDecideAsync(string id, string stage, int revision, Verdict verdict)
    {
        var decided = await drafts.DecideAsync(viewer.Required, id, stage, revision, verdict, string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim(), HttpContext.RequestAborted);
        if (decided.Succeeded)
        {
            Outcome = $"{DraftFacts.Verb(verdict)} by you ({viewer.Required.DisplayName}) for {stage}. The draft is now {DraftFacts.State(decided.Value.Overview.Draft.State).ToLowerInvariant()}; its cards in Teams and Slack are being updated.";
            Comment = null;
        }
        else
        {
            Problem = decided.Refusal!.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        return await ShowAsync(id);
    }

    private async Task<IActionResult> ShowAsync(string id)
    {
        var found = await drafts.GetAsync(id, HttpContext.RequestAborted);
        // Someone who may not see the draft learns nothing, not even that it exists: as in chat.
        if (!found.Succeeded || !DraftVisibility.MaySee(found.Value, viewer.Required.Id))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            Problem = DraftVisibility.Refusal(id.ToUpperInvariant());
            return Page();
        }
        Overview = found.Value;
        MyStages = DraftFacts.WaitingFor(Overview, viewer.Required.Id);
        Audit = await archive.ReadChainAsync(AuditStreams.Drafts, Overview.Draft.Id, HttpContext.RequestAborted);
        return Page();
    }
}
