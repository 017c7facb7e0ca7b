using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.Routing;
using static PostApprovalBot.Host.Admin.AdminApiSetup;

namespace PostApprovalBot.Host.Admin;

public static class AdminGroupAndRouteEndpoints
{
    public static void MapGroupAndRouteEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/groups", (HttpContext http, GroupAdministration admin, CancellationToken ct) =>
            AsActor(http, async _ => Results.Ok((await admin.ListAsync(ct)).Values)));

        api.MapPut("/groups/{groupId}", (HttpContext http, string groupId, GroupRequest body, GroupAdministration admin, CancellationToken ct) => AsActor(http, async actor =>
        {
            var members = body.Members.Select(m => m.ToPerson()).ToList();
            IReadOnlyList<Delegation>? delegations;
            if (body.Delegations is null)
                delegations = (await admin.ListAsync(ct)).GetValueOrDefault(groupId)?.Delegations;
            else if (body.Delegations.FirstOrDefault(d => members.All(m => !m.Id.Value.Equals(d.Member.Trim(), StringComparison.OrdinalIgnoreCase))) is { } stray)
                return AdminResults.Invalid($"'{stray.Member}' delegates but is not among the group's members; only members can delegate.");
            else
                delegations = body.Delegations.Select(d => new Delegation(
                    members.First(m => m.Id.Value.Equals(d.Member.Trim(), StringComparison.OrdinalIgnoreCase)), d.To.ToPerson(), d.Until)).ToList();
            return AdminResults.From(await admin.SaveAsync(actor, new ApproverGroup(groupId, body.Name, members, body.Escalation?.ToPerson(), delegations), ct));
        }));

        api.MapGet("/accounts/{accountId}/route", (HttpContext http, string accountId, RouteAdministration admin, CancellationToken ct) =>
            AsActor(http, async _ => Results.Ok(await admin.GetAsync(accountId, ct))));

        api.MapPut("/accounts/{accountId}/route", (HttpContext http, string accountId, RouteRequest body, RouteAdministration admin, CancellationToken ct) => AsActor(http, async actor =>
        {
            var stages = body.Steps.Select(step => step.Select(s => s.ToStage()).ToList()).ToList();
            if (stages.SelectMany(s => s).Any(s => s is null)) return AdminResults.Invalid("Every stage's quorum must be 'any', 'all' or a number of approvals.");
            var route = new ApprovalRoute(accountId, stages.Select(step => new RouteStep(step.Select(s => s!).ToList())).ToList());
            return AdminResults.From(await admin.SetAsync(actor, route, ct));
        }));
    }
}
