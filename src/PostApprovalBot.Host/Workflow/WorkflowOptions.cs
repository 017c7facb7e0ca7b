namespace PostApprovalBot.Host.Workflow;

public sealed class WorkflowOptions
{
    public const string Section = "Workflow";

    /// <summary>How often the clock looks for due reminders, escalations and expired drafts.</summary>
    public TimeSpan ClockInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the outbox is searched for notifications a crash or a failure left behind.</summary>
    public TimeSpan OutboxInterval { get; set; } = TimeSpan.FromSeconds(15);
}
