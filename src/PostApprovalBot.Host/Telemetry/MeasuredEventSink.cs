using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Host.Telemetry;

/// <summary>Counts committed submissions and decisions (by verdict and channel) as they reach the sink, then passes them on.</summary>
public sealed class MeasuredEventSink(IDraftEventSink inner, BotMetrics metrics, RequestChannel channel) : IDraftEventSink
{
    public Task OnCommittedAsync(DraftOutcome outcome, CancellationToken cancellationToken)
    {
        BotTracing.RememberOrigin(outcome);
        var via = new KeyValuePair<string, object?>("channel", channel.Current);
        if (outcome.Change.Events.Any(e => e.Kind == DraftEventKind.Submitted)) metrics.Submissions.Add(1, via);
        if (outcome.Change.Decision is { } decision)
            metrics.Decisions.Add(1, new KeyValuePair<string, object?>("verdict", decision.Verdict.ToString()), via);
        return inner.OnCommittedAsync(outcome, cancellationToken);
    }
}
