using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Tests.Builders;
using static PostApprovalBot.Core.Tests.Builders.Staff;

namespace PostApprovalBot.Core.Tests.Drafts;

[Trait("Category", "Domain")]
public sealed class SubmissionTests
{
    private readonly Company _company = new();

    private DraftContent Scheduled(DateTimeOffset at) =>
        DraftContent.TextOnly(Company.PlainText) with { Schedule = new ScheduledTime(at, "Europe/Paris") };

    [Fact]
    public void Spokesperson_submission_goes_into_review_at_the_first_step()
    {
        var draft = Company.Expect(_company.Submit()).After;

        Assert.Equal((DraftState.InReview, 0, 1), (draft.State, draft.StepIndex, draft.CurrentRevision.Number));
        Assert.Equal(_company.Account.Id, draft.AccountId);
        Assert.Equal(Sam, draft.Submitter);
    }

    [Fact]
    public void Person_without_a_grant_cannot_submit_and_is_told_whom_to_ask()
    {
        var refusal = Company.ExpectRefusal(_company.Submit(by: Nina));

        Assert.Equal(RefusalCode.NotASpokesperson, refusal.Code);
        Assert.Contains("Owen Owner", refusal.Message);
    }

    [Fact]
    public void Retired_account_takes_no_submissions()
    {
        var refusal = Company.ExpectRefusal(_company.WithRetiredAccount().Submit());

        Assert.Equal(RefusalCode.NotASpokesperson, refusal.Code);
        Assert.Contains("retired", refusal.Message);
    }

    [Fact]
    public void Route_with_an_empty_group_refuses_submission()
    {
        var refusal = Company.ExpectRefusal(_company.WithGroup(ApprovalRoute.Compliance).Submit());

        Assert.Equal(RefusalCode.InvalidInput, refusal.Code);
        Assert.Contains("Nobody can review the Compliance stage", refusal.Message);
    }

    [Fact]
    public void Stage_whose_only_member_is_the_submitter_is_unstaffed()
    {
        var refusal = Company.ExpectRefusal(_company.WithGroup(ApprovalRoute.Legal, Sam).Submit());

        Assert.Contains("Nobody can review the Legal stage", refusal.Message);
    }

    [Fact]
    public void Stage_of_an_unknown_group_is_unstaffed()
    {
        _company.WithRoute(Company.Step(Company.Stage(ApprovalRoute.Legal)), Company.Step(Company.Stage("security")));

        var refusal = Company.ExpectRefusal(_company.Submit());

        Assert.Contains("Nobody can review the Security stage", refusal.Message);
    }

    [Fact]
    public void Term_pulling_in_an_unknown_group_refuses_submission_instead_of_skipping_the_review()
    {
        _company.WithLexicon(new LexiconTerm("acquisition", LexiconAction.Flag, "mergers"));

        var refusal = Company.ExpectRefusal(_company.Submit("An acquisition is coming."));

        Assert.Equal(RefusalCode.InvalidInput, refusal.Code);
        Assert.Contains("'mergers'", refusal.Message);
    }

    [Fact]
    public void Policy_findings_are_kept_with_the_revision_for_reviewers()
    {
        var draft = Company.Expect(_company.Submit("Write to jane@example.org for the details.")).After;

        Assert.Equal("personal-data.email", Assert.Single(draft.CurrentRevision.Findings).Code);
    }

    [Fact]
    public void Text_over_the_platform_limit_is_refused_with_the_reason()
    {
        var refusal = Company.ExpectRefusal(_company.Submit(new string('a', 3_001)));

        Assert.Equal(RefusalCode.BlockedByPolicy, refusal.Code);
        Assert.Contains("LinkedIn allows 3000 characters", refusal.Message);
    }

    [Fact]
    public void Scheduled_time_in_the_past_is_refused()
    {
        var refusal = Company.ExpectRefusal(_company.Submit(Scheduled(_company.Clock.Now.AddMinutes(-1))));

        Assert.Equal(RefusalCode.InvalidInput, refusal.Code);
        Assert.Contains("is in the past", refusal.Message);
    }

    [Fact]
    public void Scheduled_time_in_the_future_is_accepted()
    {
        var draft = Company.Expect(_company.Submit(Scheduled(_company.Clock.Now.AddDays(1)))).After;

        Assert.Equal(_company.Clock.Now.AddDays(1), draft.CurrentRevision.Content.Schedule?.Utc);
    }
}
