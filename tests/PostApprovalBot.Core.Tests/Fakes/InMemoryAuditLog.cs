using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.Tests.Fakes;

public sealed class InMemoryAuditLog : IAuditLog
{
    public List<AuditEvent> Events { get; } = [];

    public Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        Events.Add(auditEvent);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEvent>> ListAsync(string subject, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEvent>>(Events.Where(e => e.Subject == subject).ToList());
}
