using PostApprovalBot.Core.Administration;

namespace PostApprovalBot.Web.Pages.Admin;

/// <summary>The administration section's front page: what each page is for.</summary>
public sealed class IndexModel(AdminGate gate) : AdminPageModel(gate)
{
    public string ActorName => Actor.DisplayName;

    public void OnGet()
    {
    }
}
