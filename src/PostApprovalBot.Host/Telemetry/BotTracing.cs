using System.Diagnostics;
using System.Runtime.CompilerServices;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Host.Telemetry;

/// <summary>The host's spans: the commit, each notification delivery and each message sent, tagged with the draft id only.</summary>
public static class BotTracing
{
    public const string SourceName = "PostApprovalBot";
    public static readonly ActivitySource Source = new(SourceName);

    // The change's span, remembered while its outcome waits in the queue, so its delivery joins the click's trace.
    private static readonly ConditionalWeakTable<DraftOutcome, StrongBox<ActivityContext>> Origins = new();

    public static void RememberOrigin(DraftOutcome outcome)
    {
        if (Activity.Current is { } current) Origins.AddOrUpdate(outcome, new StrongBox<ActivityContext>(current.Context));
    }

    /// <summary>The delivery of a change's notification, as a child of the change that committed it (when it was traced).</summary>
    public static Activity? StartDelivery(DraftOutcome outcome)
    {
        var parent = Origins.TryGetValue(outcome, out var origin) ? origin.Value : default;
        var span = Source.StartActivity("notification.deliver", ActivityKind.Consumer, parent);
        span?.SetTag(WorkflowTracing.DraftIdTag, outcome.Overview.Draft.Id);
        return span;
    }

    public static Activity? Start(string name, string? draftId, ActivityKind kind = ActivityKind.Internal)
    {
        var span = Source.StartActivity(name, kind);
        if (draftId is not null) span?.SetTag(WorkflowTracing.DraftIdTag, draftId);
        return span;
    }

    public static void Failed(this Activity? span, Exception e)
    {
        // The exception's type only: messages from chat APIs may quote people or text.
        span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
    }
}
