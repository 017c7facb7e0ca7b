using System.Globalization;
using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.Audit.Export;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using static PostApprovalBot.Host.Admin.AdminApiSetup;

namespace PostApprovalBot.Host.Admin;

public static class AdminAuditEndpoints
{
    public static void MapAuditEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/audit/changes/{area}", (HttpContext http, string area, IAuditLog audit, CancellationToken ct) =>
            AsActor(http, async _ => Results.Ok(await audit.ListAsync(AdminGate.Subject(area), ct))));

        api.MapGet("/audit/verify", (HttpContext http, string? draft, string? from, string? to, AuditVerifier verifier, CancellationToken ct) => AsActor(http, async _ =>
        {
            if (draft is not null)
                return await verifier.VerifyDraftAsync(draft.ToUpperInvariant(), ct) is { } one ? Results.Ok(one) : Results.NotFound();
            return TryDay(from, out var start) && TryDay(to, out var end)
                ? Results.Ok(await verifier.VerifyRangeAsync(start, end, ct))
                : AdminResults.Invalid("Give ?draft=P-XXXXXX or ?from=yyyy-mm-dd&to=yyyy-mm-dd.");
        }));

        api.MapGet("/audit/export", (HttpContext http, string? from, string? to, string? account, string? person, string? action, string? format, AuditExporter exporter, CancellationToken ct) =>
            AsActor(http, async _ =>
            {
                if (!TryDay(from, out var start) || !TryDay(to, out var end)) return AdminResults.Invalid("Give ?from=yyyy-mm-dd&to=yyyy-mm-dd.");
                PersonId? who = null;
                if (person is not null)
                {
                    if (!PersonId.TryFromEmail(person, out var id)) return AdminResults.Invalid($"'{person}' is not an e-mail address.");
                    who = id;
                }
                var request = new AuditExportRequest(start, end, account, who, action);
                if (request.Validate() is { } problem) return AdminResults.Invalid(problem);
                var kind = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Csv : ExportFormat.Json;
                var file = await exporter.ExportFileAsync(request, kind, ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            }));
    }

    private static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
