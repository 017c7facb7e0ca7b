namespace PostApprovalBot.Core.Audit;

/// <summary>The names of audited actions, stable because auditors search by them.</summary>
public static class AuditActions
{
    public const string DraftSubmitted = "draft.submitted";
    public const string StepStarted = "draft.step-started";
    public const string DecisionRecorded = "draft.decision";
    public const string DraftApproved = "draft.approved";
    public const string DraftRejected = "draft.rejected";
    public const string ChangesRequested = "draft.changes-requested";
    public const string DraftRevised = "draft.revised";
    public const string DraftWithdrawn = "draft.withdrawn";
    public const string DraftExpired = "draft.expired";
    public const string DraftOverridden = "draft.override";
    public const string ActionRefused = "action.refused";
    public const string NotificationParked = "notification.parked";

    /// <summary>Someone downloaded the audit trail (its filter recorded): who took a copy of it is part of it.</summary>
    public const string AuditExported = "audit.exported";

    /// <summary>Every action above, in workflow order: what an auditor may filter by.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        DraftSubmitted, StepStarted, DecisionRecorded, DraftApproved, DraftRejected, ChangesRequested, DraftRevised,
        DraftWithdrawn, DraftExpired, DraftOverridden, ActionRefused, NotificationParked, AuditExported,
    ];
}
