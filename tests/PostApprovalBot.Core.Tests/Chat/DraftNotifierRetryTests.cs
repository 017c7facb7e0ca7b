using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Tests.Builders;
using PostApprovalBot.Core.Tests.Fakes;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Core.Tests.Chat;

/// <summary>A failed message does not cost anyone else theirs, the outbox's retry sends only what is missing, and delegates get cards.</summary>
[Trait("Category", "Workflow")]
public sealed class DraftNotifierRetryTests
{
    private readonly ServiceRig _rig = new();
    private readonly FlakyMessenger _teams = new(ChatChannel.Teams);
    private readonly InMemoryChat _chat = new();
    private readonly DraftNotifier _notifier;

    public DraftNotifierRetryTests()
    {
        _notifier = new DraftNotifier([_teams], _chat, _chat);
    }

    private DraftOutcome Committed() => Assert.Single(_rig.Sink.Outcomes);

    [Fact]
    public async Task A_failed_card_leaves_the_other_messages_sent_and_is_thrown_for_the_outbox_to_retry()
    {
        _chat.Reachable(ChatChannel.Teams, Staff.Sam, Staff.Lea, Staff.Leo);
        _teams.FailFor.Add(Staff.Lea.Id.Value);
        await _rig.SubmittedAsync();

        var failure = await Assert.ThrowsAsync<AggregateException>(() => _notifier.OnCommittedAsync(Committed(), default));

        Assert.Single(failure.InnerExceptions);
        Assert.Equal([(Staff.Leo.Id.Value, "Legal")], _teams.ApprovalCards);
        Assert.Equal([Staff.Sam.Id.Value], _teams.StatusCards);
    }

    [Fact]
    public async Task The_retry_posts_only_the_missing_card_and_not_the_status_card_again()
    {
        _chat.Reachable(ChatChannel.Teams, Staff.Sam, Staff.Lea, Staff.Leo);
        _teams.FailFor.Add(Staff.Lea.Id.Value);
        await _rig.SubmittedAsync();
        await Assert.ThrowsAsync<AggregateException>(() => _notifier.OnCommittedAsync(Committed(), default));
        _teams.FailFor.Clear();

        await _notifier.OnCommittedAsync(Committed(), default);

        Assert.Equal([(Staff.Leo.Id.Value, "Legal"), (Staff.Lea.Id.Value, "Legal")], _teams.ApprovalCards);
        Assert.Equal([Staff.Sam.Id.Value], _teams.StatusCards);
    }

    [Fact]
    public async Task A_person_in_two_parallel_stages_gets_one_card_per_stage_and_a_retry_posts_neither_again()
    {
        _rig.Company.WithGroup("legal", Staff.Lea).WithGroup("compliance", Staff.Lea, Staff.Cora)
            .WithRoute(Company.Step(Company.Stage("legal"), Company.Stage("compliance")));
        _chat.Reachable(ChatChannel.Teams, Staff.Sam, Staff.Lea);
        await _rig.SubmittedAsync();

        await _notifier.OnCommittedAsync(Committed(), default);
        await _notifier.OnCommittedAsync(Committed(), default);

        Assert.Equal([(Staff.Lea.Id.Value, "Compliance"), (Staff.Lea.Id.Value, "Legal")], _teams.ApprovalCards.Order());
    }

    [Fact]
    public async Task A_delegate_gets_the_card_of_the_member_they_stand_in_for()
    {
        _rig.Company.Groups["legal"] = _rig.Company.Groups["legal"] with
        {
            Delegations = [new Delegation(Staff.Lea, Staff.Nina, _rig.Company.Clock.Now.AddDays(7))],
        };
        _chat.Reachable(ChatChannel.Teams, Staff.Sam, Staff.Nina);
        await _rig.SubmittedAsync();

        await _notifier.OnCommittedAsync(Committed(), default);

        Assert.Equal([(Staff.Nina.Id.Value, "Legal")], _teams.ApprovalCards);
        Assert.DoesNotContain(Staff.Nina, Assert.Single(_teams.Notices).UnreachableApprovers);
    }
}
