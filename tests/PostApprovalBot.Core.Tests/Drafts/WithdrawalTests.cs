using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.Tests.Builders;
using static PostApprovalBot.Core.Tests.Builders.Staff;

namespace PostApprovalBot.Core.Tests.Drafts;

[Trait("Category", "Domain")]
public sealed class WithdrawalTests
{
    private readonly Company _company = new();

    [Fact]
    public void Submitter_may_withdraw_a_draft_in_review()
    {
        var change = Company.Expect(DraftWorkflow.Withdraw(_company.AtCompliance(), Sam, _company.Clock.Now));

        Assert.Equal(DraftState.Withdrawn, change.After.State);
        Assert.Empty(change.After.PendingApprovers);
        Assert.Equal((AuditActions.DraftWithdrawn, "InReview", "Withdrawn"), (change.Audit[0].Action, change.Audit[0].Before, change.Audit[0].After));
        Assert.Equal(DraftEventKind.Withdrawn, Assert.Single(change.Events).Kind);
    }

    [Fact]
    public void Submitter_may_withdraw_a_draft_waiting_for_changes()
    {
        var waiting = _company.RequestChanges(_company.Submitted(), Lea, "Legal");

        Assert.Equal(DraftState.Withdrawn, Company.Expect(DraftWorkflow.Withdraw(waiting, Sam, _company.Clock.Now)).After.State);
    }

    [Fact]
    public void Only_the_submitter_may_withdraw()
    {
        var refusal = Company.ExpectRefusal(DraftWorkflow.Withdraw(_company.Submitted(), Lea, _company.Clock.Now));

        Assert.Equal(RefusalCode.NotTheSubmitter, refusal.Code);
        Assert.Contains("Only Sam Spokes", refusal.Message);
    }

    [Fact]
    public void Approved_draft_cannot_be_withdrawn()
    {
        var approved = _company.Approve(_company.Approve(_company.AtCompliance(), Cora, "Compliance"), Mia, "Communications");

        var refusal = Company.ExpectRefusal(DraftWorkflow.Withdraw(approved, Sam, _company.Clock.Now));

        Assert.Equal(RefusalCode.InvalidTransition, refusal.Code);
        Assert.Contains("already approved", refusal.Message);
    }

    [Fact]
    public void Withdrawn_draft_takes_no_more_decisions()
    {
        var withdrawn = Company.Expect(DraftWorkflow.Withdraw(_company.Submitted(), Sam, _company.Clock.Now)).After;

        var refusal = Company.ExpectRefusal(_company.Decide(withdrawn, Lea, "Legal", Verdict.Approve));

        Assert.Equal(RefusalCode.AlreadyDecided, refusal.Code);
        Assert.Contains("is withdrawn; it takes no more decisions", refusal.Message);
    }
}
