using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Tests.Builders;
using PostApprovalBot.Core.Tests.Fakes;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Core.Tests.Chat;

/// <summary>Issue 16: approvers the bot has never met are looked for by e-mail, and the submitter hears once about those found nowhere.</summary>
[Trait("Category", "Domain")]
public sealed class DraftNotifierReachTests
{
    private readonly ServiceRig _rig = new();
    private readonly ViewRecordingMessenger _teams = new(ChatChannel.Teams);
    private readonly ViewRecordingMessenger _slack = new(ChatChannel.Slack);
    private readonly InMemoryChat _chat = new();
    private readonly InMemoryClaims _claims = new();

    private DraftNotifier Notifier(params ScriptedFinder[] finders) => new([_teams, _slack], _chat, _chat, finders, _claims);

    private async Task<DraftOutcome> SubmissionAsync()
    {
        await _rig.SubmittedAsync();
        var outcome = Assert.Single(_rig.Sink.Outcomes);
        _rig.Sink.Outcomes.Clear();
        return outcome;
    }

    [Fact]
    public async Task Approver_never_met_is_found_on_every_channel_and_the_card_says_who_asked_and_why()
    {
        _chat.Reachable(ChatChannel.Teams, Staff.Sam);
        var teams = new ScriptedFinder(ChatChannel.Teams, _chat).Knows(Staff.Lea, Staff.Leo);
        var slack = new ScriptedFinder(ChatChannel.Slack, _chat).Knows(Staff.Lea);

        await Notifier(teams, slack).OnCommittedAsync(await SubmissionAsync(), CancellationToken.None);

        Assert.Equal(["lea@acme.example", "leo@acme.example"], _teams.ApprovalCards.Select(c => c.To.Person.Id.Value).Order());
        var lea = Assert.Single(_slack.ApprovalCards);
        Assert.Equal(new ReviewIntroduction(Staff.Sam, _rig.Company.Account.DisplayName, "Legal"), lea.View.Introduction);
        Assert.Empty(_teams.Notices.Concat(_slack.Notices));
    }

    [Fact]
    public async Task Approver_who_already_uses_one_channel_is_not_looked_for_on_the_other()
    {
        _chat.Reachable(ChatChannel.Teams, Staff.Sam, Staff.Lea, Staff.Leo);
        var slack = new ScriptedFinder(ChatChannel.Slack, _chat).Knows(Staff.Lea, Staff.Leo);

        await Notifier(slack).OnCommittedAsync(await SubmissionAsync(), CancellationToken.None);

        Assert.Empty(slack.Searches);
        Assert.All(_teams.ApprovalCards, c => Assert.Null(c.View.Introduction));
    }

    [Fact]
    public async Task Person_found_nowhere_is_named_to_the_submitter_once_however_often_the_change_is_delivered()
    {
        _chat.Reachable(ChatChannel.Teams, Staff.Sam);
        var teams = new ScriptedFinder(ChatChannel.Teams, _chat).Knows(Staff.Lea);
        var notifier = Notifier(teams);
        var outcome = await SubmissionAsync();

        await notifier.OnCommittedAsync(outcome, CancellationToken.None);
        await notifier.OnCommittedAsync(outcome, CancellationToken.None);

        var notice = Assert.Single(_teams.Notices);
        Assert.Equal([Staff.Leo.Id], notice.UnreachableApprovers.Select(p => p.Id));
        Assert.Single(_teams.ApprovalCards);
    }

    [Fact]
    public async Task Missing_permission_is_told_once_and_names_the_people_it_left_unreached()
    {
        _chat.Reachable(ChatChannel.Teams, Staff.Sam, Staff.Lea);
        var teams = new ScriptedFinder(ChatChannel.Teams, _chat, ContactSearchOutcome.PermissionMissing);
        var notifier = Notifier(teams);
        var outcome = await SubmissionAsync();

        await notifier.OnCommittedAsync(outcome, CancellationToken.None);
        await notifier.OnCommittedAsync(outcome, CancellationToken.None);

        var notice = Assert.Single(_teams.Notices);
        Assert.Equal([ChatChannel.Teams], notice.MissingPermissions);
        Assert.Equal([Staff.Leo.Id], notice.UnreachableApprovers.Select(p => p.Id));
    }

    [Fact]
    public async Task A_finder_outage_fails_the_delivery_for_a_retry_without_calling_the_person_unreachable()
    {
        _chat.Reachable(ChatChannel.Teams, Staff.Sam, Staff.Lea);
        var teams = new ScriptedFinder(ChatChannel.Teams, _chat).Knows(Staff.Leo);
        teams.Fails = true;
        var notifier = Notifier(teams);
        var outcome = await SubmissionAsync();

        await Assert.ThrowsAsync<AggregateException>(() => notifier.OnCommittedAsync(outcome, CancellationToken.None));
        Assert.Empty(_teams.Notices);

        teams.Fails = false;
        await notifier.OnCommittedAsync(outcome, CancellationToken.None);
        Assert.Equal(["lea@acme.example", "leo@acme.example"], _teams.ApprovalCards.Select(c => c.To.Person.Id.Value).Order());
        Assert.Empty(_teams.Notices);
    }
}
