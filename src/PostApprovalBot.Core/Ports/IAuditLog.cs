using PostApprovalBot.Core.Audit;

namespace PostApprovalBot.Core.Ports;

/// <summary>Audit events that change no draft: refused actions and admin changes.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEvent>> ListAsync(string subject, CancellationToken cancellationToken);
}
