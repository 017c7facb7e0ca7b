using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Core.Administration;

/// <summary>An administrator's override of the review: approve or reject with a mandatory reason, audited as an override.</summary>
public sealed class DraftOverrides(AdminGate gate, DraftService drafts)
{
    public async Task<Result<DraftOutcome>> OverrideAsync(Person admin, string draftId, Verdict verdict, string reason, CancellationToken ct)
    {
        if (await gate.CheckAsync(admin, "override a review", ct) is { } refused) return refused;
        return await drafts.OverrideAsync(admin, draftId, verdict, reason, ct);
    }
}
