using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Host.Telemetry;

/// <summary>
/// Counts refusals by code as they are audited. The core writes a refusal's details as "&lt;code&gt;: &lt;message&gt;";
/// only a code that parses is used as a tag, so no message text becomes a metric.
/// </summary>
public sealed class MeasuredAuditLog(IAuditLog inner, BotMetrics metrics) : IAuditLog
{
    public async Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        await inner.AppendAsync(auditEvent, cancellationToken);
        if (auditEvent.Action == AuditActions.ActionRefused)
            metrics.Refusals.Add(1, new KeyValuePair<string, object?>("code", CodeOf(auditEvent.Details)));
    }

    public Task<IReadOnlyList<AuditEvent>> ListAsync(string subject, CancellationToken cancellationToken) => inner.ListAsync(subject, cancellationToken);

    private static string CodeOf(string? details) =>
        details?.Split(':', 2)[0] is { } code && Enum.TryParse<RefusalCode>(code, out var parsed) ? parsed.ToString() : "Other";
}
