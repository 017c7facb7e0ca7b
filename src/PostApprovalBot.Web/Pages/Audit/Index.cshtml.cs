using Microsoft.AspNetCore.Mvc;
using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.Audit.Explorer;
using PostApprovalBot.Core.Audit.Export;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Web.Access;

namespace PostApprovalBot.Web.Pages.Audit;

/// <summary>
/// The audit explorer for auditors and admins: the events of a few days filtered by account, person and action; the
/// verification of a draft, an account or the period; and the export of the filter. Every handler is a GET: nothing here
/// changes anything, and a filter, a verification or an export is a link an auditor can keep.
/// </summary>
public sealed class IndexModel(AuditExplorer explorer, AuditVerifier verifier, AuditExporter exporter, CompanyDirectory directory, AdminGate gate, TimeProvider clock)
    : GatedPageModel
{
    public const int PageSize = 50;
    public const int MostShown = 1000;
    private const int DefaultDays = 7;

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Account { get; set; }
    [BindProperty(SupportsGet = true)] public string? Person { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Draft { get; set; }
    [BindProperty(SupportsGet = true)] public int? Show { get; set; }

    public IReadOnlyList<CompanyAccount> Accounts { get; private set; } = [];
    public AuditSearch? Search { get; private set; }
    public VerificationNotice? Verified { get; private set; }
    public string? Problem { get; private set; }
    public int Shown => Math.Clamp(Show ?? PageSize, 1, MostShown);

    protected override Task<Refusal?> CheckAsync(Person actor, CancellationToken ct) => gate.CheckAuditorAsync(actor, "open the audit explorer", ct);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnGetVerifyPeriodAsync() => VerifyAsync(async (query, ct) =>
        new VerificationNotice($"the ledger days {query.From:yyyy-MM-dd} to {query.To:yyyy-MM-dd} and the chains they list", await verifier.VerifyLedgerDaysAsync(query.From, query.To, ct)));

    public Task<IActionResult> OnGetVerifyAccountAsync() => VerifyAsync(async (query, ct) =>
        query.Filter.AccountId is not { } account ? Unverified("Choose an account to verify its drafts of the period.")
        : await explorer.VerifyAccountAsync(account, query.From, query.To, ct) is { } result
            ? new VerificationNotice($"the drafts and logs of account {account} with events from {query.From:yyyy-MM-dd} to {query.To:yyyy-MM-dd}", result)
            : Unverified($"No recorded event of account {account} falls in {query.From:yyyy-MM-dd} to {query.To:yyyy-MM-dd}: widen the dates to find its drafts."));

    public Task<IActionResult> OnGetVerifyDraftAsync() => VerifyAsync(async (_, ct) =>
        Draft?.Trim().ToUpperInvariant() is not { Length: > 0 } id ? Unverified("Type a draft id (P-XXXXXX) to verify it.")
        : await verifier.VerifyDraftAsync(id, ct) is { } result ? new VerificationNotice($"draft {id}", result)
        : Unverified($"No audit event is stored for a draft {id}: check the id."));

    public Task<IActionResult> OnGetExportCsvAsync() => ExportAsync(ExportFormat.Csv);

    public Task<IActionResult> OnGetExportJsonAsync() => ExportAsync(ExportFormat.Json);

    private async Task<IActionResult> ExportAsync(ExportFormat format)
    {
        if (Query() is not { } query) return await ShowAsync();
        var f = query.Filter;
        // Through the ledgers like the table, so the download holds what the page shows and costs what the period costs.
        var request = new AuditExportRequest(query.From, query.To, f.AccountId, f.Person, f.Action, LedgerOnly: true);
        var file = await exporter.ExportFileAsync(request, format, HttpContext.RequestAborted);
        // Recorded before the file is handed over: a copy of the trail that leaves the product is itself an audited fact.
        await gate.RecordAsync(Actor, "audit", AuditActions.AuditExported, null,
            new { from = query.From, to = query.To, account = f.AccountId, person = f.Person?.Value, action = f.Action, format = format.ToString() }, HttpContext.RequestAborted);
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<IActionResult> VerifyAsync(Func<AuditQuery, CancellationToken, Task<VerificationNotice?>> verify)
    {
        if (Query() is { } query) Verified = await verify(query, HttpContext.RequestAborted);
        return await ShowAsync();
    }

    /// <summary>Nothing to verify: the page says why instead.</summary>
    private VerificationNotice? Unverified(string problem)
    {
        Problem = problem;
        return null;
    }

    private async Task<IActionResult> ShowAsync()
    {
        Accounts = await directory.AccountsAsync(HttpContext.RequestAborted);
        if (Query() is { } query) Search = await explorer.SearchAsync(query, Shown, HttpContext.RequestAborted);
        else Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The filter as typed, the last seven days by default; null with <see cref="Problem"/> set when it cannot be used.</summary>
    private AuditQuery? Query()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        To ??= today;
        From ??= To.Value.AddDays(1 - DefaultDays);
        PersonId? person = null;
        if (!string.IsNullOrWhiteSpace(Person))
        {
            if (!PersonId.TryFromEmail(Person.Trim(), out var id)) { Problem = $"'{Person}' is not an e-mail address."; return null; }
            person = id;
        }
        var query = new AuditQuery(From.Value, To.Value, new AuditEventFilter(Blank(Account), person, Blank(Action)));
        if (query.Validate() is not { } invalid) return query;
        Problem ??= invalid;
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
