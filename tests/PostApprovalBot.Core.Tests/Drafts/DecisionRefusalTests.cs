using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Tests.Builders;
using static PostApprovalBot.Core.Tests.Builders.Staff;

namespace PostApprovalBot.Core.Tests.Drafts;

[Trait("Category", "Domain")]
public sealed class DecisionRefusalTests
{
    private readonly Company _company = new();

    private Refusal Refused(Draft draft, Core.People.Person approver, string stage, Verdict verdict = Verdict.Approve, string? comment = null, int? revision = null) =>
        Company.ExpectRefusal(_company.Decide(draft, approver, stage, verdict, comment, revision));

    [Fact]
    public void Submitter_cannot_approve_own_draft()
    {
        _company.WithGroup(ApprovalRoute.Legal, Lea, Sam);

        var refusal = Refused(_company.Submitted(), Sam, "Legal");

        Assert.Equal(RefusalCode.OwnDraft, refusal.Code);
    }

    [Fact]
    public void Person_outside_the_stage_group_cannot_decide()
    {
        var refusal = Refused(_company.Submitted(), Nina, "Legal");

        Assert.Equal(RefusalCode.NotAnApprover, refusal.Code);
        Assert.Contains("not an approver of the Legal stage", refusal.Message);
    }

    [Fact]
    public void Member_of_another_group_cannot_decide_for_this_stage()
    {
        Assert.Equal(RefusalCode.NotAnApprover, Refused(_company.Submitted(), Cora, "Legal").Code);
    }

    [Fact]
    public void Decision_on_an_older_revision_is_refused()
    {
        var revised = _company.Revised(_company.RequestChanges(_company.Submitted(), Lea, "Legal"), "A shorter text.");

        var refusal = Refused(revised, Leo, "Legal", revision: 1);

        Assert.Equal(RefusalCode.StaleRevision, refusal.Code);
        Assert.Contains("now at revision 2", refusal.Message);
    }

    [Fact]
    public void Second_approval_of_a_decided_any_one_stage_is_refused_naming_who_decided()
    {
        var refusal = Refused(_company.AtCompliance(), Leo, "Legal");

        Assert.Equal(RefusalCode.AlreadyDecided, refusal.Code);
        Assert.Contains("already decided: approved by Lea Legal at 2025-06-02 09:00 UTC", refusal.Message);
    }

    [Fact]
    public void Same_person_cannot_approve_an_all_quorum_stage_twice()
    {
        _company.WithRoute(Company.Step(Company.Stage(ApprovalRoute.Legal, Quorum.All)));
        var draft = _company.Approve(_company.Submitted(), Lea, "Legal");

        var refusal = Refused(draft, Lea, "Legal");

        Assert.Equal(RefusalCode.AlreadyVoted, refusal.Code);
    }

    [Theory]
    [InlineData(Verdict.Reject, null)]
    [InlineData(Verdict.Reject, "   ")]
    [InlineData(Verdict.RequestChanges, null)]
    [InlineData(Verdict.RequestChanges, "")]
    public void Reject_or_request_changes_without_a_comment_is_refused(Verdict verdict, string? comment)
    {
        var refusal = Refused(_company.Submitted(), Lea, "Legal", verdict, comment);

        Assert.Equal(RefusalCode.InvalidInput, refusal.Code);
        Assert.Contains("comment is required", refusal.Message);
    }

    [Fact]
    public void Stage_of_a_later_step_cannot_be_decided_yet()
    {
        var refusal = Refused(_company.Submitted(), Cora, "Compliance");

        Assert.Equal(RefusalCode.InvalidTransition, refusal.Code);
        Assert.Contains("has not started yet", refusal.Message);
    }

    [Fact]
    public void Unknown_stage_is_refused()
    {
        Assert.Equal(RefusalCode.NotFound, Refused(_company.Submitted(), Lea, "Marketing").Code);
    }

    [Fact]
    public void Approved_draft_takes_no_more_decisions_and_says_who_decided_last()
    {
        var approved = _company.Approve(_company.Approve(_company.AtCompliance(), Cora, "Compliance"), Mia, "Communications");

        var refusal = Refused(approved, Max, "Communications");

        Assert.Equal(RefusalCode.AlreadyDecided, refusal.Code);
        Assert.Contains("is approved (approved by Mia Comms", refusal.Message);
    }

    [Fact]
    public void Draft_waiting_for_changes_takes_no_decisions()
    {
        var refusal = Refused(_company.RequestChanges(_company.Submitted(), Lea, "Legal"), Leo, "Legal");

        Assert.Equal(RefusalCode.InvalidTransition, refusal.Code);
    }

    [Fact]
    public void Every_refusal_has_a_message()
    {
        var draft = _company.Submitted();
        var refusals = new[]
        {
            Refused(draft, Nina, "Legal"),
            Refused(draft, Cora, "Compliance"),
            Refused(draft, Lea, "Marketing"),
            Refused(draft, Lea, "Legal", Verdict.Reject),
            Refused(draft, Lea, "Legal", revision: 7),
        };

        Assert.All(refusals, r => Assert.False(string.IsNullOrWhiteSpace(r.Message)));
    }
}
