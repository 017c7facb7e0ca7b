using Microsoft.AspNetCore.Mvc;
using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.Policy;

namespace PostApprovalBot.Web.Pages.Admin;

/// <summary>The lexicon and the link-domain allow-list, through <see cref="PolicyAdministration"/> (one cached document).</summary>
public sealed class PolicyModel(AdminGate gate, PolicyAdministration policy, GroupAdministration groups) : AdminPageModel(gate)
{
    public PolicyDocument Document { get; private set; } = PolicyDocument.Empty;
    public IReadOnlyList<string> GroupIds { get; private set; } = [];

    [BindProperty] public TermForm Term { get; set; } = new();
    [BindProperty] public string? Domain { get; set; }

    public sealed class TermForm
    {
        public string? Text { get; set; }
        public LexiconAction Action { get; set; } = LexiconAction.Flag;
        public string? ExtraGroup { get; set; }
        public string? Reason { get; set; }
    }

    public Task OnGetAsync() => LoadAsync();

    public async Task OnPostTermAsync()
    {
        var term = new LexiconTerm(Term.Text ?? "", Term.Action, string.IsNullOrWhiteSpace(Term.ExtraGroup) ? null : Term.ExtraGroup, string.IsNullOrWhiteSpace(Term.Reason) ? null : Term.Reason.Trim());
        if (Said(await policy.SetTermAsync(Actor, term, Aborted), _ => $"Drafts with '{term.Term.Trim()}' are now {(term.Action == LexiconAction.Block ? "blocked" : "flagged")}."))
            Term = new();
        await LoadAsync();
    }

    public async Task OnPostRemoveTermAsync(string term)
    {
        Said(await policy.RemoveTermAsync(Actor, term, Aborted), _ => $"'{term}' is no longer watched.");
        await LoadAsync();
    }

    public async Task OnPostAllowDomainAsync()
    {
        if (Said(await policy.AllowDomainAsync(Actor, Domain ?? "", Aborted), _ => $"Links to {Domain!.Trim().ToLowerInvariant()} are allowed."))
            Domain = null;
        await LoadAsync();
    }

    public async Task OnPostRemoveDomainAsync(string domain)
    {
        Said(await policy.RemoveDomainAsync(Actor, domain, Aborted), _ => $"{domain} is off the allow-list: a draft linking to it gets a policy finding.");
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        Document = await policy.GetAsync(Aborted);
        GroupIds = (await groups.ListAsync(Aborted)).Keys.Order(StringComparer.Ordinal).ToList();
    }
}
