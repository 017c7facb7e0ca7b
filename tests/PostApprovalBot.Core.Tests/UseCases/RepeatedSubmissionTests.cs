using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Spokespersons;
using PostApprovalBot.Core.Tests.Builders;
using PostApprovalBot.Core.Tests.Fakes;
using static PostApprovalBot.Core.Tests.Builders.Staff;

namespace PostApprovalBot.Core.Tests.UseCases;

/// <summary>A channel retrying a submission whose outcome it did not learn (same request key) must not store a second draft.</summary>
[Trait("Category", "Domain")]
public sealed class RepeatedSubmissionTests
{
    private const string DraftIdPattern = "^P-[2-9A-HJKMNP-TV-Z]{6}$";
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ServiceRig _rig = new();

    [Fact]
    public async Task Retry_of_a_stored_request_returns_its_draft_without_committing_or_announcing_again()
    {
        var first = await SubmitAsync(_rig, Sam, "slack-event:Ev0001");

        var retry = await SubmitAsync(_rig, Sam, "slack-event:Ev0001");

        Assert.True(retry.Succeeded);
        Assert.Equal(first.Value.Overview.Draft.Id, retry.Value.Overview.Draft.Id);
        Assert.Matches(DraftIdPattern, retry.Value.Overview.Draft.Id);
        Assert.Single(_rig.Drafts.All);
        Assert.Equal(1, _rig.Drafts.Commits);
        Assert.Same(first.Value, Assert.Single(_rig.Sink.Outcomes));
        Assert.Empty(retry.Value.Change.Events);
        Assert.Null(retry.Value.Notification);
    }

    [Fact]
    public async Task Retry_of_a_stored_request_gets_its_draft_even_when_a_new_submission_would_now_be_refused()
    {
        var first = await SubmitAsync(_rig, Sam, "slack-event:Ev0001");
        var grant = Assert.Single(_rig.Company.Grants, g => g.Person == Sam.Id);
        await _rig.Configuration.SaveAsync(grant.Revoke(Owen.Id, _rig.Company.Clock.GetUtcNow()), None);

        var retry = await SubmitAsync(_rig, Sam, "slack-event:Ev0001");
        var another = await SubmitAsync(_rig, Sam, "slack-event:Ev0002");

        Assert.True(retry.Succeeded, retry.Succeeded ? "" : retry.Refusal!.Message);
        Assert.Equal(first.Value.Overview.Draft.Id, retry.Value.Overview.Draft.Id);
        Assert.False(another.Succeeded);
        Assert.Single(_rig.Drafts.All);
    }

    [Fact]
    public async Task Same_text_under_two_request_keys_is_two_drafts()
    {
        var first = await SubmitAsync(_rig, Sam, "slack-event:Ev0001");
        var second = await SubmitAsync(_rig, Sam, "slack-event:Ev0002");

        Assert.NotEqual(first.Value.Overview.Draft.Id, second.Value.Overview.Draft.Id);
        Assert.Equal(2, _rig.Drafts.All.Count);
        Assert.Equal(2, _rig.Sink.Outcomes.Count);
    }

    [Fact]
    public async Task Without_a_request_key_every_submission_is_a_new_draft_with_a_random_id()
    {
        var first = await SubmitAsync(_rig, Sam, null);
        var second = await SubmitAsync(_rig, Sam, null);

        Assert.NotEqual(first.Value.Overview.Draft.Id, second.Value.Overview.Draft.Id);
        Assert.All(_rig.Drafts.All, d => Assert.Matches(DraftIdPattern, d.Id));
        Assert.All(_rig.Drafts.All, d => Assert.Null(d.RequestFingerprint));
        Assert.Equal(2, _rig.Sink.Outcomes.Count);
    }

    [Fact]
    public async Task Request_whose_id_is_taken_by_another_persons_draft_gets_another_id_that_its_retry_finds_again()
    {
        // Another rig tells which id Sam's request is given first; here that id already names a draft of Owen's.
        var derived = (await SubmitAsync(new ServiceRig(), Sam, "teams:conversation|activity-1")).Value.Overview.Draft;
        await _rig.Drafts.CommitAsync(new DraftChange(null, derived with { Submitter = Owen, RequestFingerprint = null }, null, [], []), null, None);

        var submitted = await SubmitAsync(_rig, Sam, "teams:conversation|activity-1");
        var retry = await SubmitAsync(_rig, Sam, "teams:conversation|activity-1");

        var id = submitted.Value.Overview.Draft.Id;
        Assert.NotEqual(derived.Id, id);
        Assert.Matches(DraftIdPattern, id);
        Assert.Equal(Owen, (await _rig.Drafts.GetAsync(derived.Id, None))!.Draft.Submitter);
        Assert.Equal(Sam, (await _rig.Drafts.GetAsync(id, None))!.Draft.Submitter);
        Assert.Equal(id, retry.Value.Overview.Draft.Id);
        Assert.Equal(2, _rig.Drafts.All.Count);
        Assert.Single(_rig.Sink.Outcomes);
    }

    [Fact]
    public async Task Same_request_key_from_two_people_is_two_drafts()
    {
        _rig.Company.Grants.Add(new SpokespersonGrant("grant-mia", Mia.Id, GrantScope.ForAccount(_rig.Company.Account.Id), Owen.Id, Company.Monday.AddDays(-30)));
        var sams = await SubmitAsync(_rig, Sam, "slack-event:Ev0001");
        var mias = await SubmitAsync(_rig, Mia, "slack-event:Ev0001");

        Assert.True(mias.Succeeded, mias.Refusal?.Message);
        Assert.NotEqual(sams.Value.Overview.Draft.Id, mias.Value.Overview.Draft.Id);
        Assert.Equal(2, _rig.Drafts.All.Count);
    }

    private static Task<Outcomes.Result<Core.UseCases.DraftOutcome>> SubmitAsync(ServiceRig rig, Core.People.Person submitter, string? requestKey) =>
        rig.Service.SubmitAsync(submitter, rig.Company.Account.Id, DraftContent.TextOnly(Company.PlainText), None, requestKey);
}
