using System.Diagnostics;

namespace PostApprovalBot.Core.UseCases;

/// <summary>
/// One span per draft change (submit, decide, revise, …) around its read, the workflow's decision and the commit,
/// tagged with the draft id and the refusal code, never text or people. It lives in the core because the decision is
/// the one step no port sees from start to end; it is the BCL's <see cref="ActivitySource"/> (no package, no I/O),
/// and records nothing unless the host listens. Metrics stay in the host, on the ports.
/// </summary>
public static class WorkflowTracing
{
    public const string SourceName = "PostApprovalBot.Workflow";
    public const string DraftIdTag = "draft.id";
    public const string RefusalCodeTag = "refusal.code";

    /// <summary>On a submission that was a retry of one already stored: nothing was committed.</summary>
    public const string ReplayedTag = "submit.replayed";

    internal static readonly ActivitySource Source = new(SourceName);

    internal static Activity? Start(string operation, string? draftId)
    {
        var span = Source.StartActivity("draft." + operation);
        if (draftId is not null) span?.SetTag(DraftIdTag, draftId);
        return span;
    }

    /// <summary>Tags the change's own span (not a caller's HTTP span) with why it was refused.</summary>
    internal static void Refused(Outcomes.RefusalCode code)
    {
        if (Activity.Current is { } span && span.Source == Source) span.SetTag(RefusalCodeTag, code.ToString());
    }
}
