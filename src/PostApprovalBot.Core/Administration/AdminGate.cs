using System.Text.Json;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.Administration;

/// <summary>
/// Who may change the company's configuration, and the audit trail of every change and every refused
/// attempt. Admins are the bootstrap identities and the members of the <see cref="AdminsGroupId"/> group; auditors (who may read
/// and verify the audit trail, and change nothing) are the admins and the members of the <see cref="AuditorsGroupId"/> group.
/// </summary>
public sealed class AdminGate(AdminBootstrap bootstrap, IApproverGroupStore groups, IChatDirectory chats, IAuditLog audit, TimeProvider clock)
{
    public const string AdminsGroupId = "admins";
    public const string AuditorsGroupId = "auditors";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public async Task<bool> IsAdminAsync(Person person, CancellationToken ct)
    {
        if (bootstrap.Names(person.Id.Value)) return true;
        var all = await groups.GetAllAsync(ct);
        if (all.TryGetValue(AdminsGroupId, out var admins) && admins.Contains(person.Id)) return true;
        foreach (var channel in Enum.GetValues<ChatChannel>())
        {
            var contact = await chats.FindByPersonAsync(channel, person.Id, ct);
            if (contact is not null && bootstrap.Names(contact.ChannelUserId)) return true;
        }
        return false;
    }

    public async Task<bool> IsAuditorAsync(Person person, CancellationToken ct)
    {
        var all = await groups.GetAllAsync(ct);
        return (all.TryGetValue(AuditorsGroupId, out var auditors) && auditors.Contains(person.Id)) || await IsAdminAsync(person, ct);
    }

    /// <summary>Null when the person is an admin; otherwise a refusal, already audited.</summary>
    public async Task<Refusal?> CheckAsync(Person actor, string operation, CancellationToken ct) =>
        await IsAdminAsync(actor, ct) ? null
            : await RefuseAsync(actor, operation, $"Only administrators can {operation}. Ask an administrator to do it or to add you to the '{AdminsGroupId}' group.", "not an admin", ct);

    /// <summary>Null when the person is an auditor (or an admin); otherwise a refusal, already audited.</summary>
    public async Task<Refusal?> CheckAuditorAsync(Person actor, string operation, CancellationToken ct) =>
        await IsAuditorAsync(actor, ct) ? null
            : await RefuseAsync(actor, operation, $"Only auditors and administrators can {operation}. Ask an administrator to add you to the '{AuditorsGroupId}' group.", "not an auditor", ct);

    private async Task<Refusal> RefuseAsync(Person actor, string operation, string message, string why, CancellationToken ct)
    {
        await audit.AppendAsync(new AuditEvent(Subject("refused"), AuditActions.ActionRefused, actor, clock.GetUtcNow(), null, null, null, $"{operation}: {why}"), ct);
        return new Refusal(RefusalCode.NotAnAdmin, message);
    }

    /// <summary>Records an admin change with the state before and after, as JSON.</summary>
    public Task RecordAsync(Person actor, string area, string action, object? before, object? after, CancellationToken ct) =>
        audit.AppendAsync(new AuditEvent(Subject(area), action, actor, clock.GetUtcNow(), null,
            before is null ? null : JsonSerializer.Serialize(before, Json),
            after is null ? null : JsonSerializer.Serialize(after, Json)), ct);

    public DateTimeOffset Now => clock.GetUtcNow();

    public static string Subject(string area) => "admin:" + area;
}
