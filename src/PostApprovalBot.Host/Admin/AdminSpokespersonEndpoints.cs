using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Spokespersons;
using static PostApprovalBot.Host.Admin.AdminApiSetup;

namespace PostApprovalBot.Host.Admin;

public static class AdminSpokespersonEndpoints
{
    private const int MaxImportBytes = 1 << 20;

    public static void MapSpokespersonEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/accounts/{accountId}/spokespersons", (HttpContext http, string accountId, SpokespersonAdministration admin, CancellationToken ct) =>
            AsActor(http, async _ => AdminResults.From(await admin.WhoMaySpeakForAsync(accountId, ct))));

        api.MapGet("/people/{email}/grants", (HttpContext http, string email, SpokespersonAdministration admin, CancellationToken ct) =>
            AsActor(http, async _ => PersonId.TryFromEmail(email, out var person)
                ? Results.Ok(await admin.GrantsOfAsync(person, ct))
                : AdminResults.Invalid($"'{email}' is not an e-mail address.")));

        api.MapPost("/spokespersons", (HttpContext http, GrantRequest body, SpokespersonAdministration admin, CancellationToken ct) => AsActor(http, async actor =>
        {
            var (scope, problem) = GrantScopeInput.Read(body.Account, body.Platform);
            if (problem is not null || !PersonId.TryFromEmail(body.Email, out var person))
                return AdminResults.Invalid(problem ?? $"'{body.Email}' is not an e-mail address.");
            return AdminResults.From(await admin.GrantAsync(actor, person, scope!, body.Until, ct));
        }));

        api.MapPost("/spokespersons/revoke", (HttpContext http, RevokeRequest body, SpokespersonAdministration admin, CancellationToken ct) => AsActor(http, async actor =>
        {
            var (scope, problem) = GrantScopeInput.Read(body.Account, body.Platform);
            if (problem is not null || !PersonId.TryFromEmail(body.Email, out var person))
                return AdminResults.Invalid(problem ?? $"'{body.Email}' is not an e-mail address.");
            return AdminResults.From(await admin.RevokeAsync(actor, person, scope!, ct));
        }));

        api.MapGet("/spokespersons/export.csv", (HttpContext http, SpokespersonAdministration admin, CancellationToken ct) =>
            AsActor(http, async _ => Results.Text(GrantCsv.Export(await admin.AllGrantsAsync(ct)), "text/csv; charset=utf-8")));

        api.MapPost("/spokespersons/import", (HttpContext http, SpokespersonAdministration admin, CancellationToken ct) => AsActor(http, async actor =>
        {
            if (http.Request.ContentLength > MaxImportBytes) return Results.Problem(detail: "The CSV may be at most 1 MiB.", statusCode: 413);
            using var reader = new StreamReader(http.Request.Body);
            var import = await admin.ImportAsync(actor, await reader.ReadToEndAsync(ct), ct);
            if (import.Problems.Count > 0) return AdminResults.Invalid("Nothing was imported. " + string.Join(" ", import.Problems));
            return import.Stopped is { } stopped ? AdminResults.Refused(stopped) : Results.Ok(import.Granted);
        })).Accepts<string>("text/csv");
    }
}
