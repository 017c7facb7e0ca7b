using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Tests.Builders;
using static PostApprovalBot.Core.Tests.Builders.Staff;

namespace PostApprovalBot.Core.Tests.Drafts;

[Trait("Category", "Domain")]
public sealed class ApprovalPathTests
{
    private readonly Company _company = new();

    private static (string Action, string? Before, string? After)[] Trail(DraftChange change) =>
        change.Audit.Select(a => (a.Action, a.Before, a.After)).ToArray();

    [Fact]
    public void Draft_approved_by_legal_compliance_and_communications_is_approved()
    {
        var draft = _company.Approve(_company.Approve(_company.AtCompliance(), Cora, "Compliance"), Mia, "Communications");

        Assert.Equal(DraftState.Approved, draft.State);
        Assert.Empty(draft.PendingApprovers);
    }

    [Fact]
    public void Submission_is_audited_from_nothing_to_submitted_to_in_review()
    {
        var change = Company.Expect(_company.Submit());

        Assert.Equal(
            [(AuditActions.DraftSubmitted, null, "Submitted"), (AuditActions.StepStarted, "Submitted", "InReview")],
            Trail(change));
        Assert.All(change.Audit, a => Assert.Equal(Sam, a.Actor));
    }

    [Fact]
    public void Submission_starts_the_first_step()
    {
        var change = Company.Expect(_company.Submit());

        Assert.Equal([DraftEventKind.Submitted, DraftEventKind.StepStarted], change.Events.Select(e => e.Kind));
        Assert.Equal(0, change.Events[1].StepIndex);
        Assert.Equal(DraftState.InReview, change.After.State);
        Assert.Equal(1, change.After.CurrentRevision.Number);
    }

    [Fact]
    public void Approving_a_step_completes_its_stage_and_starts_the_next_step()
    {
        var change = Company.Expect(_company.Decide(_company.Submitted(), Lea, "Legal", Verdict.Approve));

        Assert.Equal([DraftEventKind.DecisionRecorded, DraftEventKind.StageCompleted, DraftEventKind.StepStarted], change.Events.Select(e => e.Kind));
        Assert.Equal(1, change.Events[2].StepIndex);
        Assert.Equal(1, change.After.StepIndex);
    }

    [Fact]
    public void Approving_a_step_is_audited_as_a_decision_and_a_step_start()
    {
        var change = Company.Expect(_company.Decide(_company.Submitted(), Lea, "Legal", Verdict.Approve));

        Assert.Equal(
            [(AuditActions.DecisionRecorded, "InReview", "InReview"), (AuditActions.StepStarted, "InReview", "InReview")],
            Trail(change));
        Assert.Equal("stage=Legal; verdict=Approve", change.Audit[0].Details);
        Assert.Equal("step=2; stages=Compliance", change.Audit[1].Details);
    }

    [Fact]
    public void Every_step_of_the_route_is_started_once()
    {
        var changes = new List<DraftChange> { Company.Expect(_company.Submit()) };
        foreach (var (approver, stage) in new[] { (Lea, "Legal"), (Cora, "Compliance"), (Mia, "Communications") })
            changes.Add(Company.Expect(_company.Decide(changes[^1].After, approver, stage, Verdict.Approve)));

        var started = changes.SelectMany(c => c.Events).Where(e => e.Kind == DraftEventKind.StepStarted).Select(e => e.StepIndex);

        Assert.Equal([0, 1, 2], started);
    }

    [Fact]
    public void Final_approval_is_audited_with_the_sha256_of_the_approved_text()
    {
        var atCommunications = _company.Approve(_company.AtCompliance(), Cora, "Compliance");

        var change = Company.Expect(_company.Decide(atCommunications, Mia, "Communications", Verdict.Approve));

        Assert.Equal(
            [(AuditActions.DecisionRecorded, "InReview", "Approved"), (AuditActions.DraftApproved, "InReview", "Approved")],
            Trail(change));
        Assert.Equal($"approved text sha256={ApprovedText.Sha256(Company.PlainText)}", change.Audit[1].Details);
        Assert.Equal(DraftEventKind.Approved, change.Events[^1].Kind);
    }

    [Fact]
    public void Approved_text_fingerprint_is_the_lower_case_sha256_of_its_utf8_bytes()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApprovedText.Sha256("abc"));
    }

    [Fact]
    public void Decision_is_recorded_with_revision_step_stage_and_trimmed_comment()
    {
        var change = Company.Expect(_company.Decide(_company.Submitted(), Lea, "legal", Verdict.Approve, "  Fine by legal.  "));

        Assert.Equal(new StageDecision(1, 0, "Legal", Lea, Verdict.Approve, "Fine by legal.", Company.Monday), change.Decision);
        Assert.Equal([change.Decision!], change.After.Decisions);
    }

    [Fact]
    public void Pending_approvers_follow_the_route_step_by_step()
    {
        var submitted = _company.Submitted();
        var atCompliance = _company.Approve(submitted, Lea, "Legal");
        var atCommunications = _company.Approve(atCompliance, Cole, "Compliance");
        var approved = _company.Approve(atCommunications, Max, "Communications");

        Assert.Equal([Lea.Id, Leo.Id], submitted.PendingApprovers);
        Assert.Equal([Cora.Id, Cole.Id], atCompliance.PendingApprovers);
        Assert.Equal([Mia.Id, Max.Id], atCommunications.PendingApprovers);
        Assert.Empty(approved.PendingApprovers);
    }

    [Fact]
    public void Submitter_is_never_a_pending_approver()
    {
        _company.WithGroup(ApprovalRoute.Legal, Lea, Sam, Leo);

        Assert.Equal([Lea.Id, Leo.Id], _company.Submitted().PendingApprovers);
    }

    [Fact]
    public void Overview_of_stages_shows_passed_current_and_later_stages()
    {
        var stages = StageEvaluator.All(_company.AtCompliance(), _company.Groups);

        Assert.Equal([StageOutcome.Approved, StageOutcome.Waiting, StageOutcome.NotStarted], stages.Select(s => s.Outcome));
        Assert.Equal(Lea, stages[0].DecidingDecision?.Approver);
    }
}
