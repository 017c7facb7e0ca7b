using System.Text;
using Microsoft.AspNetCore.Mvc;
using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Spokespersons;

namespace PostApprovalBot.Web.Pages.Admin;

/// <summary>
/// Spokesperson grants through <see cref="SpokespersonAdministration"/>, as the admin API does them. The list reads one
/// page of the grants table per request (history included, with badges), so its cost does not grow with the table.
/// </summary>
public sealed class SpokespersonsModel(AdminGate gate, SpokespersonAdministration grants, AccountAdministration accounts, TimeProvider clock)
    : AdminPageModel(gate)
{
    public const int PageSize = 50;
    private const int MaxImportBytes = 1 << 20;

    public GrantPage Grants { get; private set; } = new([], null);
    public IReadOnlyList<CompanyAccount> Accounts { get; private set; } = [];
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Per-line problems of a refused import file: nothing was granted.</summary>
    public IReadOnlyList<string> ImportProblems { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty] public NewGrant Grant { get; set; } = new();
    [BindProperty] public string? ImportText { get; set; }

    public sealed class NewGrant
    {
        public string? Email { get; set; }

        /// <summary>An account id, or "platform:" and a platform key for every account of the platform.</summary>
        public string? Scope { get; set; }

        public DateOnly? Until { get; set; }
    }

    public Task OnGetAsync() => LoadAsync();

    /// <summary>Every grant ever made as the admin API's CSV: an export is the whole history by design.</summary>
    public async Task<IActionResult> OnGetExportAsync() =>
        File(Encoding.UTF8.GetBytes(GrantCsv.Export(await grants.AllGrantsAsync(Aborted))), "text/csv; charset=utf-8", "spokesperson-grants.csv");

    public async Task OnPostGrantAsync()
    {
        var (scope, problem) = ReadScope(Grant.Scope);
        DateTimeOffset? until = Grant.Until is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
        if (!PersonId.TryFromEmail(Grant.Email, out var person)) Refused($"'{Grant.Email}' is not an e-mail address.");
        else if (scope is null) Refused(problem!);
        else if (Said(await grants.GrantAsync(Actor, person, scope, until, Aborted),
                     g => $"{g.Person} may now speak for {g.Scope}{(g.ExpiresAt is { } end ? $" until {end:yyyy-MM-dd HH:mm} UTC" : "")}."))
            Grant = new();
        await LoadAsync();
    }

    public async Task OnPostRevokeAsync(string email, string? account, string? platform)
    {
        var (scope, problem) = GrantScopeInput.Read(account, platform);
        if (!PersonId.TryFromEmail(email, out var person)) Refused($"'{email}' is not an e-mail address.");
        else if (scope is null) Refused(problem!);
        else Said(await grants.RevokeAsync(Actor, person, scope, Aborted), revoked => $"{person} no longer speaks for {scope} ({revoked.Count} grant(s) revoked).");
        await LoadAsync();
    }

    /// <summary>A file wins over the text box; either way the whole file is checked before anything is granted.</summary>
    public async Task OnPostImportAsync(IFormFile? file)
    {
        if (file is { Length: > MaxImportBytes }) Refused("The CSV may be at most 1 MiB.");
        else
        {
            if (file is { Length: > 0 })
            {
                using var reader = new StreamReader(file.OpenReadStream());
                ImportText = await reader.ReadToEndAsync(Aborted);
                ModelState.Remove(nameof(ImportText)); // so the text box shows the file's text, not the empty box that was posted
            }
            var import = await grants.ImportAsync(Actor, ImportText ?? "", Aborted);
            if (import.Problems.Count > 0)
            {
                ImportProblems = import.Problems;
                Refused("Nothing was imported: fix the lines below and import the file again.");
            }
            else if (import.Stopped is { } stopped) Refused(stopped.Message);
            else
            {
                Outcome = $"Imported {import.Granted.Count} grant(s): {string.Join(", ", import.Granted.Select(g => $"{g.Person} for {g.Scope}"))}.";
                ImportText = null;
                ModelState.Clear();
            }
        }
        await LoadAsync();
    }

    public string Scope(GrantScope scope) => scope.AccountId is { } id
        ? Accounts.FirstOrDefault(a => a.Id == id)?.Label ?? id
        : $"every {scope.Platform} account";

    private static (GrantScope? Scope, string? Problem) ReadScope(string? choice) =>
        choice?.StartsWith("platform:", StringComparison.Ordinal) == true
            ? GrantScopeInput.Read(null, choice["platform:".Length..])
            : GrantScopeInput.Read(choice, null);

    private async Task LoadAsync()
    {
        var page = grants.PageAsync(From, PageSize, Aborted);
        Accounts = (await accounts.ListAsync(Aborted)).Where(a => !a.Retired).ToList();
        Grants = await page;
    }
}
