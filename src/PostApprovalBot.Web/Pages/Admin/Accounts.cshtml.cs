using Microsoft.AspNetCore.Mvc;
using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Administration;

namespace PostApprovalBot.Web.Pages.Admin;

/// <summary>The company accounts, through <see cref="AccountAdministration"/> (a few dozen rows, kept in the configuration cache).</summary>
public sealed class AccountsModel(AdminGate gate, AccountAdministration accounts) : AdminPageModel(gate)
{
    public IReadOnlyList<CompanyAccount> Accounts { get; private set; } = [];

    [BindProperty] public NewAccount Add { get; set; } = new();
    [BindProperty] public OwnerChange Owner { get; set; } = new();

    public sealed class NewAccount
    {
        public string? Platform { get; set; }
        public string? Handle { get; set; }
        public string? DisplayName { get; set; }
        public string? OwnerEmail { get; set; }
        public string? OwnerName { get; set; }
    }

    public sealed class OwnerChange
    {
        public string? AccountId { get; set; }
        public string? OwnerEmail { get; set; }
        public string? OwnerName { get; set; }
    }

    public Task OnGetAsync() => LoadAsync();

    public async Task OnPostAddAsync()
    {
        var (owner, problem) = PersonFrom(Add.OwnerEmail, Add.OwnerName);
        if (!PlatformNames.TryParse(Add.Platform, out var platform)) Refused($"'{Add.Platform}' is not a platform.");
        else if (owner is null) Refused("The owner: " + problem);
        else if (Said(await accounts.AddAsync(Actor, platform, Add.Handle ?? "", Add.DisplayName ?? "", owner, Aborted), a => $"Added {a.Label} as {a.Id}, owned by {a.Owner.DisplayName}."))
            Add = new();
        await LoadAsync();
    }

    public async Task OnPostOwnerAsync()
    {
        var (owner, problem) = PersonFrom(Owner.OwnerEmail, Owner.OwnerName);
        if (owner is null) Refused("The new owner: " + problem);
        else if (Said(await accounts.EditAsync(Actor, Owner.AccountId ?? "", null, owner, Aborted), a => $"{a.DisplayName} is now owned by {a.Owner}."))
            Owner = new();
        await LoadAsync();
    }

    public async Task OnPostRetireAsync(string accountId)
    {
        Said(await accounts.RetireAsync(Actor, accountId, Aborted), a => $"{a.Label} is retired: nobody can submit posts for it any more.");
        await LoadAsync();
    }

    private async Task LoadAsync() => Accounts = (await accounts.ListAsync(Aborted)).OrderBy(a => a.Retired).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
}
