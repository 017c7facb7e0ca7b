using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.Policy;
using static PostApprovalBot.Host.Admin.AdminApiSetup;

namespace PostApprovalBot.Host.Admin;

public static class AdminPolicyEndpoints
{
    public static void MapPolicyEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/policy", (HttpContext http, PolicyAdministration admin, CancellationToken ct) =>
            AsActor(http, async _ => Results.Ok(await admin.GetAsync(ct))));

        api.MapPut("/policy/lexicon/{term}", (HttpContext http, string term, TermRequest body, PolicyAdministration admin, CancellationToken ct) => AsActor(http, async actor =>
            Enum.TryParse<LexiconAction>(body.Action, true, out var action)
                ? AdminResults.From(await admin.SetTermAsync(actor, new LexiconTerm(term, action, body.ExtraGroup, body.Reason), ct))
                : AdminResults.Invalid("The action must be 'block' or 'flag'.")));

        api.MapDelete("/policy/lexicon/{term}", (HttpContext http, string term, PolicyAdministration admin, CancellationToken ct) =>
            AsActor(http, async actor => AdminResults.From(await admin.RemoveTermAsync(actor, term, ct))));

        api.MapPut("/policy/link-domains/{domain}", (HttpContext http, string domain, PolicyAdministration admin, CancellationToken ct) =>
            AsActor(http, async actor => AdminResults.From(await admin.AllowDomainAsync(actor, domain, ct))));

        api.MapDelete("/policy/link-domains/{domain}", (HttpContext http, string domain, PolicyAdministration admin, CancellationToken ct) =>
            AsActor(http, async actor => AdminResults.From(await admin.RemoveDomainAsync(actor, domain, ct))));

        api.MapPut("/accounts/{accountId}/posting-policy", (HttpContext http, string accountId, PostingPolicyRequest body, PolicyAdministration admin, CancellationToken ct) =>
            AsActor(http, async actor => AdminResults.From(await admin.SetPostingPolicyAsync(actor,
                new PostingPolicy(accountId, body.Guidance, body.MaxPerDay, body.MaxPerWeek, body.EarliestHour, body.LatestHour, body.TimeZoneId ?? "UTC"), ct))));
    }
}
