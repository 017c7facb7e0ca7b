using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.Drafts;
using static PostApprovalBot.Host.Admin.AdminApiSetup;

namespace PostApprovalBot.Host.Admin;

/// <summary>Acting on one draft as an administrator: the override of its review, with a mandatory reason.</summary>
public static class AdminDraftEndpoints
{
    public static void MapDraftEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/drafts/{draftId}/override", (HttpContext http, string draftId, OverrideRequest body, DraftOverrides overrides, CancellationToken ct) =>
            AsActor(http, async actor =>
            {
                Verdict? verdict = body.Verdict?.Trim().ToLowerInvariant() switch
                {
                    "approve" or "approved" => Verdict.Approve,
                    "reject" or "rejected" => Verdict.Reject,
                    _ => null,
                };
                if (verdict is null) return AdminResults.Invalid("'verdict' is 'approve' or 'reject'.");
                return AdminResults.From(await overrides.OverrideAsync(actor, draftId, verdict.Value, body.Reason ?? "", ct),
                    outcome => new { draftId = outcome.Overview.Draft.Id, state = outcome.Overview.Draft.State.ToString(), reason = body.Reason!.Trim() });
            }));
    }
}
