using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Tests.Builders;
using PostApprovalBot.Core.Tests.Fakes;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Core.Tests.Chat;

[Trait("Category", "Domain")]
public sealed class DraftNotifierTests
{
    private readonly ServiceRig _rig = new();
    private readonly FakeMessenger _teams = new(ChatChannel.Teams);
    private readonly FakeMessenger _slack = new(ChatChannel.Slack);
    private readonly InMemoryChat _chat = new();
    private readonly DraftNotifier _notifier;

    public DraftNotifierTests()
    {
        _notifier = new DraftNotifier([_teams, _slack], _chat, _chat);
    }

    private async Task DeliverAllAsync()
    {
        foreach (var outcome in _rig.Sink.Outcomes) await _notifier.OnCommittedAsync(outcome, CancellationToken.None);
        _rig.Sink.Outcomes.Clear();
    }

    private Task<Core.Outcomes.Result<DraftOutcome>> DecideAsync(Draft draft, Core.People.Person who, string stage, Verdict verdict, string? comment = null) =>
        _rig.Service.DecideAsync(who, draft.Id, stage, draft.CurrentRevision.Number, verdict, comment, CancellationToken.None);

    [Fact]
    public async Task A_submission_sends_a_card_to_each_reachable_approver_of_the_first_step_and_a_status_card_to_the_submitter()
    {
        _chat.Reachable(ChatChannel.Teams, Staff.Sam, Staff.Lea, Staff.Leo, Staff.Cora);
        await _rig.SubmittedAsync();

        await DeliverAllAsync();

        Assert.Equal([(Staff.Lea.Id.Value, "Legal", true), (Staff.Leo.Id.Value, "Legal", true)], _teams.ApprovalCards.OrderBy(c => c.Person));
        Assert.Equal([Staff.Sam.Id.Value], _teams.StatusCards);
        Assert.Empty(_slack.ApprovalCards);
    }

    [Fact]
    public async Task An_approver_reachable_on_no_channel_is_named_to_the_submitter()
    {
        _chat.Reachable(ChatChannel.Slack, Staff.Sam, Staff.Lea);
        await _rig.SubmittedAsync();

        await DeliverAllAsync();

        var notice = Assert.Single(_slack.Notices);
        Assert.Equal([Staff.Leo.Id], notice.UnreachableApprovers.Select(p => p.Id));
    }

    [Fact]
    public async Task A_decision_updates_the_cards_already_posted_and_asks_the_next_step()
    {
        _chat.Reachable(ChatChannel.Teams, Staff.Sam, Staff.Lea, Staff.Leo, Staff.Cora, Staff.Cole);
        var draft = await _rig.SubmittedAsync();
        await DeliverAllAsync();

        await DecideAsync(draft, Staff.Lea, "Legal", Verdict.Approve);
        await DeliverAllAsync();

        Assert.All(_teams.ApprovalUpdates, u => Assert.False(u.CanAct));
        Assert.Equal(2, _teams.ApprovalUpdates.Count);
        Assert.Equal([Staff.Sam.Id.Value], _teams.StatusUpdates);
        Assert.Contains((Staff.Cora.Id.Value, "Compliance", true), _teams.ApprovalCards);
        Assert.Contains((Staff.Cole.Id.Value, "Compliance", true), _teams.ApprovalCards);
    }

    [Fact]
    public async Task The_submitter_hears_the_final_outcome_on_every_channel_they_use()
    {
        _chat.Reachable(ChatChannel.Teams, Staff.Sam, Staff.Lea, Staff.Leo).Reachable(ChatChannel.Slack, Staff.Sam);
        var draft = await _rig.SubmittedAsync();

        await DecideAsync(draft, Staff.Leo, "Legal", Verdict.Reject, "Not true.");
        await DeliverAllAsync();

        Assert.Equal(DraftEventKind.Rejected, Assert.Single(_teams.Notices, n => n.UnreachableApprovers.Count == 0).Event.Kind);
        Assert.Equal(DraftEventKind.Rejected, Assert.Single(_slack.Notices, n => n.UnreachableApprovers.Count == 0).Event.Kind);
    }

    [Fact]
    public async Task A_person_on_two_channels_gets_the_approval_card_on_both()
    {
        _chat.Reachable(ChatChannel.Teams, Staff.Sam, Staff.Lea, Staff.Leo).Reachable(ChatChannel.Slack, Staff.Lea);
        await _rig.SubmittedAsync();

        await DeliverAllAsync();

        Assert.Contains(_teams.ApprovalCards, c => c.Person == Staff.Lea.Id.Value);
        Assert.Contains(_slack.ApprovalCards, c => c.Person == Staff.Lea.Id.Value);
    }
}
