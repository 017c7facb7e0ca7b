namespace PostApprovalBot.Core.Reminders;

public enum ReminderKind
{
    /// <summary>The stage's SLA passed: the approvers who have not acted are reminded.</summary>
    Reminder,
    /// <summary>A second SLA period passed: the group's escalation contact is told.</summary>
    Escalation,
}
