using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Tests.Builders;

namespace PostApprovalBot.Core.Tests.Routing;

[Trait("Category", "Domain")]
public sealed class QuorumTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    public void Any_one_needs_a_single_approval(int approvals, bool met)
    {
        Assert.Equal(met, Quorum.AnyOne.IsMet(approvals, eligibleApprovers: 3));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void All_needs_every_eligible_approver(int approvals, bool met)
    {
        Assert.Equal(met, Quorum.All.IsMet(approvals, eligibleApprovers: 3));
    }

    [Fact]
    public void All_is_never_met_without_eligible_approvers()
    {
        Assert.False(Quorum.All.IsMet(0, eligibleApprovers: 0));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void At_least_n_needs_n_approvals(int approvals, bool met)
    {
        Assert.Equal(met, Quorum.AtLeast(2).IsMet(approvals, eligibleApprovers: 4));
    }

    [Fact]
    public void At_least_n_is_not_lowered_when_fewer_people_are_eligible()
    {
        Assert.False(Quorum.AtLeast(2).IsMet(1, eligibleApprovers: 1));
    }

    [Fact]
    public void A_route_whose_at_least_n_quorum_cannot_be_met_is_refused_at_submission()
    {
        var company = new Company()
            .WithGroup(ApprovalRoute.Legal, Staff.Lea, Staff.Sam)
            .WithRoute(Company.Step(Company.Stage(ApprovalRoute.Legal, Quorum.AtLeast(2))));

        var refusal = Company.ExpectRefusal(company.Submit());

        Assert.Contains("fewer than 2 members other than you", refusal.Message);
    }

    [Fact]
    public void At_least_zero_is_not_a_quorum()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Quorum.AtLeast(0));
    }

    [Fact]
    public void All_quorum_does_not_wait_for_the_submitter()
    {
        var company = new Company()
            .WithGroup(ApprovalRoute.Legal, Staff.Lea, Staff.Leo, Staff.Sam)
            .WithRoute(Company.Step(Company.Stage(ApprovalRoute.Legal, Quorum.All)));
        var draft = company.Submitted();

        draft = company.Approve(company.Approve(draft, Staff.Lea, "Legal"), Staff.Leo, "Legal");

        Assert.Equal(DraftState.Approved, draft.State);
    }

    [Fact]
    public void All_quorum_waits_for_every_other_member()
    {
        var company = new Company().WithRoute(Company.Step(Company.Stage(ApprovalRoute.Legal, Quorum.All)));

        var draft = company.Approve(company.Submitted(), Staff.Lea, "Legal");

        Assert.Equal(DraftState.InReview, draft.State);
        Assert.Equal([Staff.Leo.Id], draft.PendingApprovers);
    }

    [Fact]
    public void A_person_counts_once_however_often_they_appear_in_the_decisions()
    {
        var company = new Company()
            .WithGroup(ApprovalRoute.Legal, Staff.Lea, Staff.Leo, Staff.Nina)
            .WithRoute(Company.Step(Company.Stage(ApprovalRoute.Legal, Quorum.AtLeast(2))));
        var draft = company.Submitted();
        var twice = new StageDecision(1, 0, "Legal", Staff.Lea, Verdict.Approve, null, company.Clock.Now);
        draft = draft with { Decisions = [twice, twice with { At = company.Clock.Now.AddMinutes(1) }] };

        var progress = StageEvaluator.Progress(draft, 0, draft.Route.Steps[0].Stages[0], company.Groups);

        Assert.Equal(StageOutcome.Waiting, progress.Outcome);
    }

    [Fact]
    public void A_person_in_the_group_twice_is_one_eligible_approver()
    {
        var company = new Company()
            .WithGroup(ApprovalRoute.Legal, Staff.Lea, Staff.Lea, Staff.Leo)
            .WithRoute(Company.Step(Company.Stage(ApprovalRoute.Legal, Quorum.All)));
        var draft = company.Submitted();

        Assert.Equal(2, StageEvaluator.EligibleApprovers(draft, draft.Route.Steps[0].Stages[0], company.Groups).Count);
    }
}
