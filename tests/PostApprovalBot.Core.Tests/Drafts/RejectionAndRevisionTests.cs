using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Tests.Builders;
using static PostApprovalBot.Core.Tests.Builders.Staff;

namespace PostApprovalBot.Core.Tests.Drafts;

[Trait("Category", "Domain")]
public sealed class RejectionAndRevisionTests
{
    private readonly Company _company = new();

    [Fact]
    public void Rejection_ends_the_draft()
    {
        var change = Company.Expect(_company.Decide(_company.Submitted(), Lea, "Legal", Verdict.Reject, "Defamatory."));

        Assert.Equal(DraftState.Rejected, change.After.State);
        Assert.True(change.After.IsFinal);
        Assert.Empty(change.After.PendingApprovers);
        Assert.Contains(change.Audit, a => a.Action == AuditActions.DraftRejected && a.After == "Rejected" && a.Details == "stage=Legal; comment=Defamatory.");
        Assert.Equal(DraftEventKind.Rejected, change.Events[^1].Kind);
    }

    [Fact]
    public void Rejected_draft_cannot_be_revised()
    {
        var rejected = Company.Expect(_company.Decide(_company.Submitted(), Lea, "Legal", Verdict.Reject, "No.")).After;

        Assert.Equal(RefusalCode.InvalidTransition, Company.ExpectRefusal(_company.Revise(rejected, "Another try.")).Code);
    }

    [Fact]
    public void Request_for_changes_pauses_review_until_a_revision()
    {
        var change = Company.Expect(_company.Decide(_company.AtCompliance(), Cora, "Compliance", Verdict.RequestChanges, "Cite the source."));

        Assert.Equal(DraftState.ChangesRequested, change.After.State);
        Assert.Empty(change.After.PendingApprovers);
        Assert.Equal(DraftEventKind.ChangesRequested, change.Events[^1].Kind);
        Assert.Equal("Cite the source.", change.Events[^1].Comment);
    }

    [Fact]
    public void Revision_restarts_review_at_the_step_that_asked_for_changes()
    {
        var waiting = _company.RequestChanges(_company.AtCompliance(), Cora, "Compliance");

        var change = Company.Expect(_company.Revise(waiting, "Revenue grew 12% (annual report, p. 4)."));

        Assert.Equal(DraftState.InReview, change.After.State);
        Assert.Equal(1, change.After.StepIndex);
        Assert.Equal(2, change.After.CurrentRevision.Number);
        Assert.Equal([Cora.Id, Cole.Id], change.After.PendingApprovers);
        Assert.Equal([DraftEventKind.Revised, DraftEventKind.StepStarted], change.Events.Select(e => e.Kind));
    }

    [Fact]
    public void Revision_is_audited_from_waiting_for_changes_to_revised_to_in_review()
    {
        var waiting = _company.RequestChanges(_company.Submitted(), Lea, "Legal");

        var change = Company.Expect(_company.Revise(waiting, "A better text."));

        Assert.Equal(
            [(AuditActions.DraftRevised, "ChangesRequested", "Revised"), (AuditActions.StepStarted, "Revised", "InReview")],
            change.Audit.Select(a => (a.Action, a.Before, a.After)));
        Assert.All(change.Audit, a => Assert.Equal(2, a.Revision));
    }

    [Fact]
    public void Approvals_of_an_older_revision_no_longer_count()
    {
        _company.WithRoute(Company.Step(Company.Stage(ApprovalRoute.Legal, Quorum.All)));
        var approvedByLea = _company.Approve(_company.Submitted(), Lea, "Legal");
        var revised = _company.Revised(_company.RequestChanges(approvedByLea, Leo, "Legal"), "A better text.");

        var approvedByLeo = _company.Approve(revised, Leo, "Legal");

        Assert.Equal(DraftState.InReview, approvedByLeo.State);
        Assert.Equal([Lea.Id], approvedByLeo.PendingApprovers);
    }

    [Fact]
    public void Steps_passed_before_the_request_are_not_reviewed_again()
    {
        var revised = _company.Revised(_company.RequestChanges(_company.AtCompliance(), Cora, "Compliance"), "A better text.");

        var draft = _company.Approve(revised, Cole, "Compliance");

        Assert.Equal(2, draft.StepIndex);
        Assert.Equal(StageOutcome.Approved, StageEvaluator.All(draft, _company.Groups)[0].Outcome);
    }

    [Fact]
    public void Only_the_submitter_may_revise()
    {
        var waiting = _company.RequestChanges(_company.Submitted(), Lea, "Legal");

        var refusal = Company.ExpectRefusal(_company.Revise(waiting, "My version.", by: Lea));

        Assert.Equal(RefusalCode.NotTheSubmitter, refusal.Code);
        Assert.Contains("Sam Spokes", refusal.Message);
    }

    [Fact]
    public void Draft_in_review_cannot_be_revised()
    {
        var refusal = Company.ExpectRefusal(_company.Revise(_company.Submitted(), "Changed my mind."));

        Assert.Equal(RefusalCode.InvalidTransition, refusal.Code);
    }

    [Fact]
    public void Revision_is_checked_against_the_policy()
    {
        _company.WithLexicon(new LexiconTerm("guaranteed returns", LexiconAction.Block));
        var waiting = _company.RequestChanges(_company.Submitted(), Lea, "Legal");

        var refusal = Company.ExpectRefusal(_company.Revise(waiting, "Now with guaranteed returns!"));

        Assert.Equal(RefusalCode.BlockedByPolicy, refusal.Code);
    }

    [Fact]
    public void Revision_with_a_watched_term_pulls_its_group_into_the_current_step()
    {
        _company
            .WithRoute(Company.Step(Company.Stage(ApprovalRoute.Legal)), Company.Step(Company.Stage(ApprovalRoute.Communications)))
            .WithLexicon(new LexiconTerm("revenue", LexiconAction.Flag, ApprovalRoute.Compliance));
        var atCommunications = _company.Approve(_company.Submitted(), Lea, "Legal");
        var waiting = _company.RequestChanges(atCommunications, Mia, "Communications");

        var revised = _company.Revised(waiting, "Revenue grew by a third.");

        Assert.Equal(["Communications", "Compliance"], revised.CurrentStep.Stages.Select(s => s.Name));
        Assert.Equal([Mia.Id, Max.Id, Cora.Id, Cole.Id], revised.PendingApprovers);
    }

    [Fact]
    public void Spokesperson_whose_right_was_revoked_cannot_revise()
    {
        var waiting = _company.RequestChanges(_company.Submitted(), Lea, "Legal");
        _company.Grants[0] = _company.Grants[0].Revoke(Owen.Id, _company.Clock.Now);
        _company.Clock.Advance(TimeSpan.FromMinutes(5));

        var refusal = Company.ExpectRefusal(_company.Revise(waiting, "A better text."));

        Assert.Equal(RefusalCode.NotASpokesperson, refusal.Code);
    }
}
