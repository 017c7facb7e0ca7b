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
            var (rows, problems) = ReadImport(await reader.ReadToEndAsync(ct));
            if (problems.Count > 0) return AdminResults.Invalid("Nothing was imported. " + string.Join(" ", problems));
            var granted = new List<SpokespersonGrant>();
            foreach (var (person, scope, until) in rows)
            {
                var result = await admin.GrantAsync(actor, person, scope, until, ct);
                if (!result.Succeeded) return AdminResults.Refused(result.Refusal! with { Message = $"Stopped after {granted.Count} grant(s): {result.Refusal!.Message}" });
                granted.Add(result.Value);
            }
            return Results.Ok(granted);
        })).Accepts<string>("text/csv");
    }

    /// <summary>Checks every line before anything is granted, so a bad file changes nothing.</summary>
    private static (List<(PersonId, GrantScope, DateTimeOffset?)> Rows, List<string> Problems) ReadImport(string csv)
    {
        var rows = new List<(PersonId, GrantScope, DateTimeOffset?)>();
        var problems = new List<string>();
        var lines = GrantCsv.Parse(csv);
        if (lines.Count == 0 || !lines[0].Select(h => h.Trim().ToLowerInvariant()).SequenceEqual(GrantCsv.ImportHeader))
            return (rows, [$"The first line must be the header: {string.Join(',', GrantCsv.ImportHeader)}."]);
        foreach (var (fields, index) in lines.Skip(1).Select((f, i) => (f, i + 2)))
        {
            if (fields.Length != GrantCsv.ImportHeader.Length) { problems.Add($"Line {index}: expected 4 fields, found {fields.Length}."); continue; }
            var (scope, problem) = GrantScopeInput.Read(fields[1], fields[2]);
            DateTimeOffset? until = null;
            if (!PersonId.TryFromEmail(fields[0], out var person)) problem ??= $"'{fields[0]}' is not an e-mail address.";
            if (fields[3].Trim().Length > 0)
            {
                if (DateTimeOffset.TryParse(fields[3], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)) until = parsed;
                else problem ??= $"'{fields[3]}' is not a date (use 2026-12-31 or 2026-12-31T18:00:00Z).";
            }
            if (problem is not null) problems.Add($"Line {index}: {problem}");
            else rows.Add((person, scope!, until));
        }
        return (rows, problems);
    }
}
