using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Tests.Builders;

namespace PostApprovalBot.Core.Tests.Drafts;

[Trait("Category", "Workflow")]
public sealed class InterventionTests
{
    private readonly Company _company = new();

    private Draft Scheduled(TimeSpan inFuture)
    {
        var schedule = new ScheduledTime(_company.Clock.Now + inFuture, "Europe/Paris");
        return Company.Expect(_company.Submit(new DraftContent("Launch day!", [], null, schedule))).After;
    }

    [Fact]
    public void A_delegate_decides_on_behalf_of_the_absent_member()
    {
        _company.Groups["legal"] = _company.Groups["legal"] with { Delegations = [new Delegation(Staff.Lea, Staff.Nina, _company.Clock.Now.AddDays(7))] };
        var draft = _company.Submitted();
        Assert.Contains(Staff.Nina.Id, draft.PendingApprovers);

        var change = Company.Expect(_company.Decide(draft, Staff.Nina, "Legal", Verdict.Approve));

        Assert.Equal(Staff.Lea.Id, change.Decision!.OnBehalfOf!.Id);
        Assert.Equal(Staff.Nina.Id, change.Decision.Approver.Id);
        Assert.Contains($"on behalf of={Staff.Lea.Id}", change.Audit[0].Details);
        Assert.Equal(1, change.After.StepIndex);
    }

    [Fact]
    public void An_expired_delegation_gives_no_right_to_decide()
    {
        _company.Groups["legal"] = _company.Groups["legal"] with { Delegations = [new Delegation(Staff.Lea, Staff.Nina, _company.Clock.Now.AddDays(1))] };
        var draft = _company.Submitted();
        _company.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(RefusalCode.NotAnApprover, Company.ExpectRefusal(_company.Decide(draft, Staff.Nina, "Legal", Verdict.Approve)).Code);
    }

    [Fact]
    public void A_delegate_cannot_vote_again_for_a_member_who_already_voted()
    {
        _company.WithRoute(Company.Step(Company.Stage("legal", Quorum.All)));
        _company.Groups["legal"] = _company.Groups["legal"] with { Delegations = [new Delegation(Staff.Lea, Staff.Nina, _company.Clock.Now.AddDays(7))] };
        var draft = _company.Approve(_company.Submitted(), Staff.Lea, "Legal");

        Assert.Equal(RefusalCode.AlreadyVoted, Company.ExpectRefusal(_company.Decide(draft, Staff.Nina, "Legal", Verdict.Approve)).Code);
    }

    [Fact]
    public void A_suggested_edit_accepted_in_one_click_becomes_the_next_revision_by_the_approver()
    {
        var draft = _company.Submitted("We grew 40% this year.");
        var asked = Company.Expect(DraftWorkflow.Decide(draft, Staff.Lea, "Legal", 1, Verdict.RequestChanges, "Use the audited figure.", _company.Groups, _company.Clock.Now,
            suggestedText: "We grew 38% this year.")).After;

        var accepted = Company.Expect(DraftWorkflow.AcceptSuggestion(asked, Staff.Sam, _company.Context, _company.Clock.Now));

        Assert.Equal("We grew 38% this year.", accepted.After.CurrentRevision.Content.Text);
        Assert.Equal(Staff.Lea.Id, accepted.After.CurrentRevision.Author.Id);
        Assert.Equal(DraftState.InReview, accepted.After.State);
        Assert.Contains($"accepted by {Staff.Sam.Id}", accepted.Audit[0].Details);
    }

    [Fact]
    public void Without_a_suggested_text_there_is_nothing_to_accept()
    {
        var asked = _company.RequestChanges(_company.Submitted(), Staff.Lea, "Legal");

        Assert.Equal(RefusalCode.NotFound, Company.ExpectRefusal(DraftWorkflow.AcceptSuggestion(asked, Staff.Sam, _company.Context, _company.Clock.Now)).Code);
    }

    [Fact]
    public void A_draft_past_its_scheduled_time_expires_and_is_audited()
    {
        var draft = Scheduled(TimeSpan.FromHours(2));
        Assert.False(DraftWorkflow.Expire(draft, _company.Clock.Now).Succeeded);

        _company.Clock.Advance(TimeSpan.FromHours(2));
        var expired = Company.Expect(DraftWorkflow.Expire(draft, _company.Clock.Now));

        Assert.Equal(DraftState.Expired, expired.After.State);
        Assert.Empty(expired.After.PendingApprovers);
        Assert.Equal(AuditActions.DraftExpired, expired.Audit.Single().Action);
        Assert.Equal(DraftEventKind.Expired, expired.Events.Single().Kind);
    }

    [Fact]
    public void An_override_needs_a_reason_and_is_audited_as_an_override()
    {
        var draft = _company.Submitted();

        Assert.Equal(RefusalCode.InvalidInput, Company.ExpectRefusal(DraftWorkflow.Override(draft, Staff.Owen, Verdict.Approve, " ", _company.Clock.Now)).Code);
        var overridden = Company.Expect(DraftWorkflow.Override(draft, Staff.Owen, Verdict.Approve, "CEO statement, cleared by phone", _company.Clock.Now));

        Assert.Equal(DraftState.Approved, overridden.After.State);
        var audit = overridden.Audit.Single();
        Assert.Equal(AuditActions.DraftOverridden, audit.Action);
        Assert.Contains("reason=CEO statement, cleared by phone", audit.Details);
        Assert.Contains(ApprovedText.Sha256(draft.CurrentRevision.Content.Text), audit.Details);
    }

    [Fact]
    public void A_route_may_restart_from_the_first_step_after_changes()
    {
        _company.WithRoute(Company.Step(Company.Stage("legal")), Company.Step(Company.Stage("compliance")));
        var draft = _company.RequestChanges(_company.AtCompliance(), Staff.Cora, "Compliance");
        var restartAtRequester = _company.Revised(draft, "Better text.");
        var fromFirst = Company.Expect(DraftWorkflow.Revise(draft with { Route = draft.Route with { RestartFromFirstStep = true } }, Staff.Sam,
            DraftContent.TextOnly("Better text."), _company.Context, _company.Clock.Now)).After;

        Assert.Equal(1, restartAtRequester.StepIndex);
        Assert.Equal(0, fromFirst.StepIndex);
        Assert.Contains(Staff.Lea.Id, fromFirst.PendingApprovers);
    }
}
