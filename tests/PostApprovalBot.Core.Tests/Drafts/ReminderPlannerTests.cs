using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Reminders;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Tests.Builders;

namespace PostApprovalBot.Core.Tests.Drafts;

[Trait("Category", "Workflow")]
public sealed class ReminderPlannerTests
{
    private readonly Company _company = new();

    [Fact]
    public void Nothing_is_due_before_the_sla()
    {
        var draft = _company.Submitted();

        Assert.Empty(ReminderPlanner.Due(draft, _company.Groups, _company.Clock.Now.AddHours(23)));
    }

    [Fact]
    public void After_the_sla_every_idle_approver_of_the_waiting_stage_is_reminded()
    {
        var draft = _company.Submitted();

        var due = ReminderPlanner.Due(draft, _company.Groups, _company.Clock.Now.AddHours(24));

        Assert.Equal([Staff.Lea.Id, Staff.Leo.Id], due.Select(r => r.Recipient.Id).OrderBy(p => p.Value));
        Assert.All(due, r => Assert.Equal(ReminderKind.Reminder, r.Kind));
    }

    [Fact]
    public void After_two_sla_periods_the_escalation_contact_is_told_too()
    {
        _company.Groups["legal"] = _company.Groups["legal"] with { EscalationContact = Staff.Owen };
        var draft = _company.Submitted();

        var due = ReminderPlanner.Due(draft, _company.Groups, _company.Clock.Now.AddHours(48));

        var escalation = Assert.Single(due, r => r.Kind == ReminderKind.Escalation);
        Assert.Equal(Staff.Owen.Id, escalation.Recipient.Id);
    }

    [Fact]
    public void The_sla_counts_from_when_the_current_step_started()
    {
        var draft = _company.Submitted();
        _company.Clock.Advance(TimeSpan.FromHours(20));
        draft = _company.Approve(draft, Staff.Lea, "Legal");

        Assert.Empty(ReminderPlanner.Due(draft, _company.Groups, _company.Clock.Now.AddHours(23)));
        Assert.Equal(2, ReminderPlanner.Due(draft, _company.Groups, _company.Clock.Now.AddHours(24)).Count);
    }

    [Fact]
    public void Delegates_of_idle_approvers_are_reminded_and_keys_are_distinct()
    {
        _company.Groups["legal"] = _company.Groups["legal"] with { Delegations = [new Delegation(Staff.Lea, Staff.Nina, _company.Clock.Now.AddDays(7))] };
        var draft = _company.Submitted();

        var due = ReminderPlanner.Due(draft, _company.Groups, _company.Clock.Now.AddHours(30));

        Assert.Contains(due, r => r.Recipient.Id == Staff.Nina.Id);
        Assert.Equal(due.Count, due.Select(r => r.Key(draft.StepIndex)).Distinct().Count());
    }

    [Fact]
    public void A_scheduled_draft_in_review_is_overdue_once_its_time_passes()
    {
        var schedule = new ScheduledTime(_company.Clock.Now.AddHours(1), "UTC");
        var draft = Company.Expect(_company.Submit(new DraftContent("Live now", [], null, schedule))).After;

        Assert.False(ReminderPlanner.IsOverdue(draft, _company.Clock.Now));
        Assert.True(ReminderPlanner.IsOverdue(draft, _company.Clock.Now.AddHours(1)));
    }

    [Fact]
    public void A_draft_in_review_wakes_the_clock_at_its_sla_twice_its_sla_and_its_publication_time()
    {
        var schedule = new ScheduledTime(_company.Clock.Now.AddDays(5), "UTC");
        var submitted = _company.Submitted();
        var draft = submitted with { Revisions = [submitted.CurrentRevision with { Content = submitted.CurrentRevision.Content with { Schedule = schedule } }] };

        var wakeUps = ReminderPlanner.WakeUps(draft);

        Assert.Equal([draft.ReviewStartedAt.AddHours(24), draft.ReviewStartedAt.AddHours(48), schedule.Utc], wakeUps);
    }

    [Fact]
    public void A_decided_draft_never_wakes_the_clock()
    {
        var draft = _company.Submitted() with { State = DraftState.Approved };

        Assert.Empty(ReminderPlanner.WakeUps(draft));
    }
}
