using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.Ports;
using static PostApprovalBot.Integration.Tests.Infrastructure.StorageWorld;

namespace PostApprovalBot.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Storage")]
public sealed class DecisionTransactionTests(AzuriteFixture azurite)
{
    private static DraftContent Text(string text) => DraftContent.TextOnly(text);

    [Fact]
    public async Task Two_concurrent_approvals_on_an_any_one_stage_record_exactly_one_decision()
    {
        var world = await CreateAsync(azurite);
        var draft = (await world.Service.SubmitAsync(Spokesperson, AccountId, Text("We are hiring in Lyon."), default)).Value.Overview.Draft;

        // Both approvers read the same version before either commits, as two clicks at the same moment would.
        var results = await Task.WhenAll(
            world.Service.DecideAsync(LegalA, draft.Id, "Legal", 1, Verdict.Approve, null, default),
            world.Service.DecideAsync(LegalB, draft.Id, "Legal", 1, Verdict.Approve, null, default));

        Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(RefusalCode.AlreadyDecided, loser.Refusal!.Code);
        var winner = results.Single(r => r.Succeeded).Value.Change.Decision!.Approver;
        Assert.Contains($"by {winner.DisplayName}", loser.Refusal.Message);
        var stored = (await world.Drafts.GetAsync(draft.Id, default))!.Draft;
        Assert.Single(stored.Decisions);
        Assert.Equal(1, stored.StepIndex);
        var trail = await world.Drafts.GetAuditTrailAsync(draft.Id, default);
        Assert.Single(trail, e => e.Action == AuditActions.DecisionRecorded);
    }

    [Fact]
    public async Task A_commit_with_a_stale_version_writes_nothing_not_even_its_audit_rows()
    {
        var world = await CreateAsync(azurite);
        var draft = (await world.Service.SubmitAsync(Spokesperson, AccountId, Text("Our new office opens."), default)).Value.Overview.Draft;
        var stale = await world.Drafts.GetAsync(draft.Id, default);
        await world.Service.DecideAsync(LegalA, draft.Id, "Legal", 1, Verdict.Approve, null, default);
        var trailBefore = await world.Drafts.GetAuditTrailAsync(draft.Id, default);
        var groups = await world.Groups.GetAllAsync(default);

        // A change computed from the old version: Liam rejects, unaware that Lena approved.
        var late = DraftWorkflow.Decide(stale!.Draft, LegalB, "Legal", 1, Verdict.Reject, "No", groups, world.Clock.GetUtcNow()).Value;
        var outcome = await world.Drafts.CommitAsync(late, stale.Version, default);

        Assert.Equal(CommitOutcome.Conflict, outcome);
        var after = (await world.Drafts.GetAsync(draft.Id, default))!.Draft;
        Assert.Equal(DraftState.InReview, after.State);
        Assert.DoesNotContain(after.Decisions, d => d.Approver.Id == LegalB.Id);
        Assert.Equal(trailBefore.Count, (await world.Drafts.GetAuditTrailAsync(draft.Id, default)).Count);
    }

    [Fact]
    public async Task Decision_state_and_audit_events_are_stored_together_with_ascending_sequence()
    {
        var world = await CreateAsync(azurite);
        var draft = (await world.Service.SubmitAsync(Spokesperson, AccountId, Text("Quarterly update."), default)).Value.Overview.Draft;
        await world.Service.DecideAsync(LegalA, draft.Id, "Legal", 1, Verdict.Approve, null, default);
        await world.Service.DecideAsync(Compliance, draft.Id, "Compliance", 1, Verdict.Approve, null, default);
        var last = await world.Service.DecideAsync(Comms, draft.Id, "Communications", 1, Verdict.Approve, null, default);

        Assert.Equal(DraftState.Approved, last.Value.Overview.Draft.State);
        var stored = (await world.Drafts.GetAsync(draft.Id, default))!.Draft;
        Assert.Equal(DraftState.Approved, stored.State);
        Assert.Equal(3, stored.Decisions.Count);
        var trail = await world.Drafts.GetAuditTrailAsync(draft.Id, default);
        Assert.Equal(
            [AuditActions.DraftSubmitted, AuditActions.StepStarted, AuditActions.DecisionRecorded, AuditActions.StepStarted,
             AuditActions.DecisionRecorded, AuditActions.StepStarted, AuditActions.DecisionRecorded, AuditActions.DraftApproved],
            trail.Select(e => e.Action));
        var approved = trail.Last();
        Assert.Equal(Comms.Id, approved.Actor.Id);
        Assert.Equal("InReview", approved.Before);
        Assert.Equal("Approved", approved.After);
        Assert.Contains(ApprovedText.Sha256("Quarterly update."), approved.Details);
    }

    [Fact]
    public async Task A_refused_action_is_audited_and_changes_nothing()
    {
        var world = await CreateAsync(azurite);
        var draft = (await world.Service.SubmitAsync(Spokesperson, AccountId, Text("Hello."), default)).Value.Overview.Draft;

        var result = await world.Service.DecideAsync(Outsider, draft.Id, "Legal", 1, Verdict.Approve, null, default);

        Assert.Equal(RefusalCode.NotAnApprover, result.Refusal!.Code);
        var refusals = await world.Audit.ListAsync(draft.Id, default);
        var refusal = Assert.Single(refusals);
        Assert.Equal(AuditActions.ActionRefused, refusal.Action);
        Assert.Equal(Outsider.Id, refusal.Actor.Id);
        Assert.Empty((await world.Drafts.GetAsync(draft.Id, default))!.Draft.Decisions);
    }
}
