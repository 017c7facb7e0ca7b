using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Reminders;
using PostApprovalBot.Core.Tests.Builders;
using PostApprovalBot.Core.Tests.Fakes;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Core.Tests.UseCases;

[Trait("Category", "Workflow")]
public sealed class ReviewClockTests
{
    private readonly ServiceRig _rig = new();
    private readonly InMemoryChat _chat = new();
    private readonly FakeReminderMessenger _teams = new(ChatChannel.Teams);
    private readonly ReviewClock _clock;

    public ReviewClockTests()
    {
        _rig.Company.Groups["legal"] = _rig.Company.Groups["legal"] with { EscalationContact = Staff.Owen };
        _chat.Reachable(ChatChannel.Teams, Staff.Lea, Staff.Leo, Staff.Owen);
        var directory = new CompanyDirectory(_rig.Configuration, _rig.Configuration, _rig.Configuration, _rig.Configuration, _rig.Configuration, _rig.Drafts);
        _clock = new ReviewClock(_rig.Drafts, _rig.Service, directory, _chat, [_teams], new InMemoryClaims(), _rig.Company.Clock);
    }

    [Fact]
    public async Task Reminders_go_out_once_after_the_sla_and_the_escalation_after_twice_the_sla()
    {
        await _rig.SubmittedAsync();

        _rig.Company.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await _clock.RunOnceAsync(default));
        _rig.Company.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, await _clock.RunOnceAsync(default));
        Assert.Equal(0, await _clock.RunOnceAsync(default));
        _rig.Company.Clock.Advance(TimeSpan.FromHours(24));
        Assert.Equal(1, await _clock.RunOnceAsync(default));

        Assert.Equal((Staff.Owen.Id.Value, ReminderKind.Escalation), _teams.Sent[^1]);
    }

    [Fact]
    public async Task A_draft_whose_time_passed_in_review_expires_and_the_change_is_published()
    {
        var schedule = new ScheduledTime(_rig.Company.Clock.Now.AddHours(2), "UTC");
        var submitted = await _rig.Service.SubmitAsync(Staff.Sam, _rig.Company.Account.Id, new DraftContent("Webinar starts!", [], null, schedule), default);
        _rig.Sink.Outcomes.Clear();

        _rig.Company.Clock.Advance(TimeSpan.FromHours(2));
        await _clock.RunOnceAsync(default);

        var expired = (await _rig.Service.GetAsync(submitted.Value.Overview.Draft.Id, default)).Value.Draft;
        Assert.Equal(DraftState.Expired, expired.State);
        Assert.Equal(DraftEventKind.Expired, Assert.Single(_rig.Sink.Outcomes).Change.Events.Single().Kind);
    }
}
