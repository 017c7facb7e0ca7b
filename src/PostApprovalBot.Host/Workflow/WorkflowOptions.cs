using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Host.Workflow;

public sealed class WorkflowOptions
{
    public const string Section = "Workflow";

    /// <summary>How often the clock looks for due reminders, escalations and expired drafts.</summary>
    public TimeSpan ClockInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the outbox is searched for notifications a crash or a failure left behind.</summary>
    public TimeSpan OutboxInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many draft changes one instance runs at once; more wait up to <see cref="AdmissionWait"/>, then are told "busy".</summary>
    public int MaxConcurrentChanges { get; set; } = ChangeAdmission.DefaultMaxConcurrent;

    /// <summary>How long a change may wait for a free slot before the person is told the bot is busy (nothing recorded).</summary>
    public TimeSpan AdmissionWait { get; set; } = ChangeAdmission.DefaultMaxWait;
}
