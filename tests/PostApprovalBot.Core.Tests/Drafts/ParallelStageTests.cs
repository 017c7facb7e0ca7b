using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Tests.Builders;
using static PostApprovalBot.Core.Tests.Builders.Staff;

namespace PostApprovalBot.Core.Tests.Drafts;

[Trait("Category", "Domain")]
public sealed class ParallelStageTests
{
    private readonly Company _company = new Company().WithRoute(
        Company.Step(Company.Stage(ApprovalRoute.Legal), Company.Stage(ApprovalRoute.Compliance)),
        Company.Step(Company.Stage(ApprovalRoute.Communications)));

    [Fact]
    public void Both_stages_of_a_step_are_open_at_once()
    {
        Assert.Equal([Lea.Id, Leo.Id, Cora.Id, Cole.Id], _company.Submitted().PendingApprovers);
    }

    [Fact]
    public void Step_waits_until_both_stages_approve()
    {
        var draft = _company.Approve(_company.Submitted(), Lea, "Legal");

        Assert.Equal(0, draft.StepIndex);
        Assert.Equal([Cora.Id, Cole.Id], draft.PendingApprovers);
    }

    [Fact]
    public void Step_moves_on_when_both_stages_approved_in_any_order()
    {
        var draft = _company.Approve(_company.Approve(_company.Submitted(), Cora, "Compliance"), Lea, "Legal");

        Assert.Equal(1, draft.StepIndex);
        Assert.Equal([Mia.Id, Max.Id], draft.PendingApprovers);
    }

    [Fact]
    public void Decided_stage_refuses_a_second_approval_while_its_step_is_open()
    {
        var draft = _company.Approve(_company.Submitted(), Lea, "Legal");

        var refusal = Company.ExpectRefusal(_company.Decide(draft, Leo, "Legal", Verdict.Approve));

        Assert.Equal(RefusalCode.AlreadyDecided, refusal.Code);
        Assert.Contains("by Lea Legal", refusal.Message);
    }

    [Fact]
    public void Rejection_in_one_stage_rejects_the_draft()
    {
        var draft = _company.Approve(_company.Submitted(), Lea, "Legal");

        var rejected = Company.Expect(_company.Decide(draft, Cora, "Compliance", Verdict.Reject, "Misleading claim.")).After;

        Assert.Equal(DraftState.Rejected, rejected.State);
    }

    [Fact]
    public void Person_in_both_groups_must_approve_each_stage()
    {
        _company.WithGroup(ApprovalRoute.Compliance, Lea);

        var draft = _company.Approve(_company.Submitted(), Lea, "Legal");

        Assert.Equal([Lea.Id], draft.PendingApprovers);
        Assert.Equal(1, _company.Approve(draft, Lea, "Compliance").StepIndex);
    }
}
