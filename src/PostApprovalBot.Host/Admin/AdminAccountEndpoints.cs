using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Administration;
using static PostApprovalBot.Host.Admin.AdminApiSetup;

namespace PostApprovalBot.Host.Admin;

public static class AdminAccountEndpoints
{
    public static void MapAccountEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/accounts", (HttpContext http, AccountAdministration admin, CancellationToken ct) =>
            AsActor(http, async _ => Results.Ok(await admin.ListAsync(ct))));

        api.MapPost("/accounts", (HttpContext http, AccountRequest body, AccountAdministration admin, CancellationToken ct) => AsActor(http, async actor =>
            PlatformNames.TryParse(body.Platform, out var platform)
                ? AdminResults.From(await admin.AddAsync(actor, platform, body.Handle, body.DisplayName, body.Owner.ToPerson(), ct))
                : AdminResults.Invalid($"'{body.Platform}' is not a platform.")));

        api.MapPatch("/accounts/{accountId}", (HttpContext http, string accountId, AccountEditRequest body, AccountAdministration admin, CancellationToken ct) =>
            AsActor(http, async actor => AdminResults.From(await admin.EditAsync(actor, accountId, body.DisplayName, body.Owner?.ToPerson(), ct))));

        api.MapPost("/accounts/{accountId}/retire", (HttpContext http, string accountId, AccountAdministration admin, CancellationToken ct) =>
            AsActor(http, async actor => AdminResults.From(await admin.RetireAsync(actor, accountId, ct))));
    }
}
