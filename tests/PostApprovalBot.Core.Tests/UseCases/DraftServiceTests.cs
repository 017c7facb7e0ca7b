using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Spokespersons;
using PostApprovalBot.Core.Tests.Builders;
using PostApprovalBot.Core.Tests.Fakes;
using static PostApprovalBot.Core.Tests.Builders.Staff;

namespace PostApprovalBot.Core.Tests.UseCases;

[Trait("Category", "Domain")]
public sealed class DraftServiceTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ServiceRig _rig = new();

    [Fact]
    public async Task Submission_is_committed_and_announced()
    {
        var result = await _rig.Service.SubmitAsync(Sam, _rig.Company.Account.Id, DraftContent.TextOnly(Company.PlainText), None);

        Assert.True(result.Succeeded);
        Assert.Equal(result.Value.Change.After, Assert.Single(_rig.Drafts.All));
        Assert.Same(result.Value, Assert.Single(_rig.Sink.Outcomes));
        Assert.Equal(3, result.Value.Overview.Stages.Count);
        Assert.Matches("^P-[2-9A-HJKMNP-TV-Z]{6}$", result.Value.Change.After.Id);
    }

    [Fact]
    public async Task Refused_submission_is_audited_and_nothing_is_stored()
    {
        var result = await _rig.Service.SubmitAsync(Nina, _rig.Company.Account.Id, DraftContent.TextOnly(Company.PlainText), None);

        Assert.Equal(RefusalCode.NotASpokesperson, result.Refusal?.Code);
        var audited = Assert.Single(_rig.AuditLog.Events);
        Assert.Equal((AuditActions.ActionRefused, Nina, "account:linkedin-acme"), (audited.Action, audited.Actor, audited.Subject));
        Assert.StartsWith("NotASpokesperson: ", audited.Details);
        Assert.Empty(_rig.Drafts.All);
        Assert.Empty(_rig.Sink.Outcomes);
    }

    [Fact]
    public async Task Refused_decision_is_audited_against_the_draft()
    {
        var draft = await _rig.SubmittedAsync();

        var result = await _rig.Service.DecideAsync(Nina, draft.Id, "Legal", 1, Verdict.Approve, null, None);

        Assert.Equal(RefusalCode.NotAnApprover, result.Refusal?.Code);
        var audited = Assert.Single(_rig.AuditLog.Events);
        Assert.Equal((draft.Id, 1, Nina), (audited.Subject, audited.Revision, audited.Actor));
        Assert.Contains(result.Refusal!.Message, audited.Details);
    }

    [Fact]
    public async Task Unknown_draft_is_refused_and_audited()
    {
        var result = await _rig.Service.WithdrawAsync(Sam, "P-NOPE22", None);

        Assert.Equal(RefusalCode.NotFound, result.Refusal?.Code);
        Assert.Equal("P-NOPE22", Assert.Single(_rig.AuditLog.Events).Subject);
    }

    [Fact]
    public async Task Decision_that_lost_a_race_is_reread_and_refused_as_already_decided()
    {
        var draft = await _rig.SubmittedAsync();
        _rig.Drafts.BeforeNextCommit = () => _rig.Service.DecideAsync(Leo, draft.Id, "Legal", 1, Verdict.Approve, null, None);

        var result = await _rig.Service.DecideAsync(Lea, draft.Id, "Legal", 1, Verdict.Approve, null, None);

        Assert.Equal(RefusalCode.AlreadyDecided, result.Refusal?.Code);
        Assert.Contains("already decided: approved by Leo Legal", result.Refusal!.Message);
        Assert.Equal(1, _rig.Drafts.Conflicts);
        Assert.Equal(Leo, Assert.Single((await _rig.Drafts.GetAsync(draft.Id, None))!.Draft.Decisions).Approver);
        Assert.Equal(Lea, Assert.Single(_rig.AuditLog.Events, e => e.Action == AuditActions.ActionRefused).Actor);
    }

    [Fact]
    public async Task Decision_that_met_an_unrelated_commit_is_retried_and_recorded()
    {
        _rig.Company.WithRoute(
            Company.Step(Company.Stage(ApprovalRoute.Legal), Company.Stage(ApprovalRoute.Compliance)),
            Company.Step(Company.Stage(ApprovalRoute.Communications)));
        var draft = await _rig.SubmittedAsync();
        _rig.Drafts.BeforeNextCommit = () => _rig.Service.DecideAsync(Cora, draft.Id, "Compliance", 1, Verdict.Approve, null, None);

        var result = await _rig.Service.DecideAsync(Lea, draft.Id, "Legal", 1, Verdict.Approve, null, None);

        Assert.True(result.Succeeded);
        Assert.Equal([Cora, Lea], result.Value.Change.After.Decisions.Select(d => d.Approver));
        Assert.Equal(1, result.Value.Change.After.StepIndex);
    }

    [Fact]
    public async Task Endless_conflicts_end_in_a_refusal()
    {
        var draft = await _rig.SubmittedAsync();
        _rig.Drafts.ForcedConflicts = int.MaxValue;

        var result = await _rig.Service.DecideAsync(Lea, draft.Id, "Legal", 1, Verdict.Approve, null, None);

        Assert.False(result.Succeeded);
        Assert.Equal(5, _rig.Drafts.Conflicts);
    }

    [Fact]
    public async Task Accounts_offered_to_a_person_are_only_those_they_may_speak_for()
    {
        var x = new CompanyAccount("x-acme", Platform.X, "acme", "Acme", Owen);
        var bluesky = new CompanyAccount("bluesky-acme", Platform.Bluesky, "acme.example", "Acme", Owen, Retired: true);
        var threads = new CompanyAccount("threads-acme", Platform.Threads, "acme", "Acme", Owen);
        _rig.Configuration.Accounts.AddRange([x, bluesky, threads]);
        var now = _rig.Company.Clock.Now;
        _rig.Company.Grants.AddRange([
            new SpokespersonGrant("g-x", Sam.Id, GrantScope.ForAccount(x.Id), Owen.Id, now.AddDays(-9), ExpiresAt: now.AddDays(-1)),
            new SpokespersonGrant("g-bluesky", Sam.Id, GrantScope.ForPlatform(Platform.Bluesky), Owen.Id, now.AddDays(-9)),
            new SpokespersonGrant("g-threads", Nina.Id, GrantScope.ForAccount(threads.Id), Owen.Id, now.AddDays(-9)),
        ]);

        var accounts = await _rig.Service.AccountsForAsync(Sam, None);

        Assert.Equal(["linkedin-acme"], accounts.Select(a => a.Id));
    }

    [Fact]
    public async Task Accounts_offered_follow_the_clock()
    {
        var now = _rig.Company.Clock.Now;
        _rig.Company.Grants.Add(new SpokespersonGrant("g-nina", Nina.Id, GrantScope.ForPlatform(Platform.LinkedIn), Owen.Id, now.AddHours(1)));

        var before = await _rig.Service.AccountsForAsync(Nina, None);
        _rig.Company.Clock.Advance(TimeSpan.FromHours(1));
        var after = await _rig.Service.AccountsForAsync(Nina, None);

        Assert.Empty(before);
        Assert.Equal(["linkedin-acme"], after.Select(a => a.Id));
    }

    [Fact]
    public async Task Revision_through_the_service_restarts_review()
    {
        var draft = await _rig.SubmittedAsync();
        await _rig.Service.DecideAsync(Lea, draft.Id, "Legal", 1, Verdict.RequestChanges, "Shorter, please.", None);

        var result = await _rig.Service.ReviseAsync(Sam, draft.Id, DraftContent.TextOnly("Twelve new colleagues in Lyon!"), None);

        Assert.Equal((DraftState.InReview, 2), (result.Value.Change.After.State, result.Value.Change.After.CurrentRevision.Number));
        Assert.Equal([draft.Id], (await _rig.Service.WaitingForAsync(Leo, 10, None)).Select(o => o.Draft.Id));
    }

    [Fact]
    public async Task Draft_ids_are_found_whatever_their_case()
    {
        var draft = await _rig.SubmittedAsync();

        var result = await _rig.Service.GetAsync(" " + draft.Id.ToLowerInvariant() + " ", None);

        Assert.Equal(draft.Id, result.Value.Draft.Id);
    }
}
