using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Audit;

/// <summary>
/// One recorded fact: who did what to which subject, when, and the state before and after.
/// The subject is a draft id for the workflow, or an admin area ("grants", "accounts") for configuration.
/// </summary>
public sealed record AuditEvent(
    string Subject,
    string Action,
    Person Actor,
    DateTimeOffset At,
    int? Revision,
    string? Before,
    string? After,
    string? Details = null);
