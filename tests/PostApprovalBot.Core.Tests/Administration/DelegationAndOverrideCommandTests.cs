using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Tests.Builders;
using PostApprovalBot.Core.Tests.Fakes;

namespace PostApprovalBot.Core.Tests.Administration;

/// <summary>Delegations and overrides typed as admin commands in chat.</summary>
[Trait("Category", "Admin")]
public sealed class DelegationAndOverrideCommandTests
{
    private readonly AdminRig _rig = new();
    private readonly ServiceRig _service;
    private readonly AdminConsole _console;

    public DelegationAndOverrideCommandTests()
    {
        _service = new ServiceRig(_rig.Company);
        _console = new AdminConsole(_rig.Gate, _rig.Accounts, _rig.Spokespersons, _rig.Groups, _rig.Policy,
            overrides: new DraftOverrides(_rig.Gate, _service.Service));
    }

    private Task<AdminReply> Run(string text, Core.People.Person? by = null) => _console.ExecuteAsync(by ?? Staff.Owen, text, default);

    [Fact]
    public async Task A_delegation_until_a_date_lets_the_delegate_decide_on_behalf_of_the_member_through_that_day()
    {
        var reply = await Run($"approvers legal delegate {Staff.Lea.Id} to {Staff.Nina.Id} until 2025-06-03");

        Assert.True(reply.Succeeded, string.Join(" ", reply.Lines));
        var delegation = Assert.Single(_rig.Company.Groups["legal"].Delegations!);
        Assert.Equal((Staff.Lea.Id, Staff.Nina.Id), (delegation.From.Id, delegation.To.Id));
        Assert.Equal(new DateTimeOffset(2025, 6, 4, 0, 0, 0, TimeSpan.Zero), delegation.Until);
        var decided = Company.Expect(_rig.Company.Decide(_rig.Company.Submitted(), Staff.Nina, "Legal", Verdict.Approve));
        Assert.Equal(Staff.Lea.Id, decided.Decision!.OnBehalfOf!.Id);
    }

    [Fact]
    public async Task A_delegation_is_audited_with_the_group_before_and_after()
    {
        await Run($"approvers legal delegate {Staff.Lea.Id} to {Staff.Nina.Id} until 2025-06-30");

        var change = Assert.Single(_rig.Audit.Events, e => e.Action == "group.delegated");
        Assert.Equal(Staff.Owen.Id, change.Actor.Id);
        Assert.DoesNotContain("nina", change.Before);
        Assert.Contains(Staff.Nina.Id.Value, change.After);
    }

    [Fact]
    public async Task Undelegate_ends_the_delegation_and_the_listing_shows_only_active_ones()
    {
        await Run($"approvers legal delegate {Staff.Lea.Id} to {Staff.Nina.Id} until 2025-06-30");
        var listed = await Run("approvers");

        var reply = await Run($"approvers legal undelegate {Staff.Lea.Id}");

        Assert.Contains(listed.Lines, l => l.Contains($"<{Staff.Nina.Id}> decides for them until 2025-06-30", StringComparison.Ordinal));
        Assert.True(reply.Succeeded);
        Assert.Empty(_rig.Company.Groups["legal"].Delegations!);
        Assert.False(_rig.Company.Decide(_rig.Company.Submitted(), Staff.Nina, "Legal", Verdict.Approve).Succeeded);
    }

    [Theory]
    [InlineData("approvers legal delegate nina@acme.example to sam@acme.example until 2025-06-30", "not in the Legal group")]
    [InlineData("approvers legal delegate lea@acme.example to nina@acme.example until 2025-05-01", "has passed")]
    [InlineData("approvers legal delegate lea@acme.example to nina@acme.example", "until <yyyy-mm-dd>")]
    [InlineData("approvers legal delegate lea@acme.example to lea@acme.example until 2025-06-30", "own delegate")]
    public async Task A_delegation_that_cannot_work_is_refused_with_the_reason(string command, string reason)
    {
        var reply = await Run(command);

        Assert.False(reply.Succeeded);
        Assert.Contains(reason, string.Join(" ", reply.Lines), StringComparison.Ordinal);
        Assert.Null(_rig.Company.Groups["legal"].Delegations);
    }

    [Fact]
    public async Task A_non_admin_cannot_delegate()
    {
        var reply = await Run($"approvers legal delegate {Staff.Lea.Id} to {Staff.Nina.Id} until 2025-06-30", by: Staff.Lea);

        Assert.False(reply.Succeeded);
        Assert.Null(_rig.Company.Groups["legal"].Delegations);
    }

    [Fact]
    public async Task Override_approves_a_draft_in_review_with_the_reason_recorded()
    {
        var draft = await _service.SubmittedAsync();

        var reply = await Run($"override {draft.Id} approve CEO statement, cleared by phone");

        Assert.True(reply.Succeeded, string.Join(" ", reply.Lines));
        var after = _service.Drafts.All.Single(d => d.Id == draft.Id);
        Assert.Equal(DraftState.Approved, after.State);
        var decision = Assert.Single(after.Decisions);
        Assert.True(DraftWorkflow.IsOverride(decision));
        Assert.Equal(("CEO statement, cleared by phone", Staff.Owen.Id), (decision.Comment, decision.Approver.Id));
        Assert.Contains(_service.Sink.Outcomes, o => o.Change.Audit.Any(a => a.Action == AuditActions.DraftOverridden));
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("maybe because")]
    public async Task Override_without_a_reason_or_a_verdict_changes_nothing(string rest)
    {
        var draft = await _service.SubmittedAsync();

        var reply = await Run($"override {draft.Id} {rest}");

        Assert.False(reply.Succeeded);
        Assert.Equal(DraftState.InReview, _service.Drafts.All.Single(d => d.Id == draft.Id).State);
    }

    [Fact]
    public async Task Override_by_someone_who_is_not_an_admin_is_refused()
    {
        var draft = await _service.SubmittedAsync();

        var reply = await Run($"admin override {draft.Id} reject Off-brand", by: Staff.Lea);

        Assert.False(reply.Succeeded);
        Assert.Equal(DraftState.InReview, _service.Drafts.All.Single(d => d.Id == draft.Id).State);
    }

    [Theory]
    [InlineData("override P-ABCDEF approve reason")]
    [InlineData("approvers legal delegate a@b.c to d@e.f until 2025-06-30")]
    public void Override_and_delegation_commands_are_read_as_admin_commands(string text) =>
        Assert.Equal(ChatCommandKind.Administer, ChatCommandParser.Parse(text).Kind);
}
