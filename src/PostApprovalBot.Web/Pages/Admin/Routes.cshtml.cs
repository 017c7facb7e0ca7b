using Microsoft.AspNetCore.Mvc;
using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Web.Pages.Admin;

/// <summary>One account's approval route, edited as text (see <see cref="RouteText"/>) and saved by <see cref="RouteAdministration"/>.</summary>
public sealed class RoutesModel(AdminGate gate, RouteAdministration routes, AccountAdministration accounts, GroupAdministration groups) : AdminPageModel(gate)
{
    public IReadOnlyList<CompanyAccount> Accounts { get; private set; } = [];
    public IReadOnlyList<ApproverGroup> Groups { get; private set; } = [];
    public IReadOnlyList<string> LineProblems { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Account { get; set; }
    [BindProperty] public string? Steps { get; set; }
    [BindProperty] public bool RestartFromFirstStep { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (Account is null) return;
        var route = await routes.GetAsync(Account, Aborted);
        (Steps, RestartFromFirstStep) = (RouteText.Format(route), route.RestartFromFirstStep);
    }

    public async Task OnPostAsync()
    {
        var (route, problems) = RouteText.Parse(Account ?? "", Steps, RestartFromFirstStep);
        if (route is null)
        {
            LineProblems = problems;
            Refused("The route was not saved: fix the lines below.");
        }
        else Said(await routes.SetAsync(Actor, route, Aborted), r => $"Saved the route of {r.AccountId}: {r.Steps.Count} step(s). Drafts already in review keep the route they were given.");
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        Accounts = (await accounts.ListAsync(Aborted)).Where(a => !a.Retired).ToList();
        Groups = (await groups.ListAsync(Aborted)).Values.OrderBy(g => g.Id, StringComparer.Ordinal).ToList();
        Account ??= Accounts.FirstOrDefault()?.Id;
    }
}
