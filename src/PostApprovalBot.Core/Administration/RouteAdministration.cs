using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Core.Administration;

/// <summary>Each account's approval route. Drafts in review keep the route they were given.</summary>
public sealed class RouteAdministration(AdminGate gate, IAccountStore accounts, IApproverGroupStore groups, IRouteStore routes)
{
    public async Task<Result<ApprovalRoute>> SetAsync(Person actor, ApprovalRoute route, CancellationToken ct)
    {
        if (await gate.CheckAsync(actor, "change approval routes", ct) is { } refused) return refused;
        if (await accounts.GetAsync(route.AccountId, ct) is null) return AccountAdministration.Unknown(route.AccountId);
        if (route.Validate() is { } problem) return Result<ApprovalRoute>.Refused(RefusalCode.InvalidInput, problem);
        var known = await groups.GetAllAsync(ct);
        var missing = route.AllStages.Select(s => s.ApproverGroupId).Where(g => !known.ContainsKey(g)).Distinct().ToList();
        if (missing.Count > 0)
            return Result<ApprovalRoute>.Refused(RefusalCode.InvalidInput, $"Unknown approver group(s): {string.Join(", ", missing)}. Create them first.");
        var before = await routes.GetAsync(route.AccountId, ct);
        await routes.SaveAsync(route, ct);
        await gate.RecordAsync(actor, "routes", "route.set", before, route, ct);
        return Result<ApprovalRoute>.Success(route);
    }

    public async Task<ApprovalRoute> GetAsync(string accountId, CancellationToken ct) =>
        await routes.GetAsync(accountId, ct) ?? ApprovalRoute.Default(accountId);
}
