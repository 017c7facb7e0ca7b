using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Core.Administration;

/// <summary>Approver groups (legal, compliance, communications, custom ones, and the admins group).</summary>
public sealed class GroupAdministration(AdminGate gate, IApproverGroupStore groups)
{
    private const string Area = "groups";

    public async Task<Result<ApproverGroup>> SaveAsync(Person actor, ApproverGroup group, CancellationToken ct)
    {
        if (await gate.CheckAsync(actor, "change approver groups", ct) is { } refused) return refused;
        if (string.IsNullOrWhiteSpace(group.Id) || group.Id.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
            return Result<ApproverGroup>.Refused(RefusalCode.InvalidInput, "A group id may hold only letters, digits and dashes, e.g. legal or investor-relations.");
        var all = await groups.GetAllAsync(ct);
        all.TryGetValue(group.Id, out var before);
        if (group.Id == AdminGate.AdminsGroupId && group.Members.Count == 0 && before?.Members.Count > 0)
            return Result<ApproverGroup>.Refused(RefusalCode.InvalidInput, "The admins group cannot be emptied: someone must stay able to administer the bot.");
        await groups.SaveAsync(group, ct);
        await gate.RecordAsync(actor, Area, before is null ? "group.added" : "group.changed", before, group, ct);
        return Result<ApproverGroup>.Success(group);
    }

    public async Task<Result<ApproverGroup>> AddMemberAsync(Person actor, string groupId, Person member, CancellationToken ct)
    {
        var all = await groups.GetAllAsync(ct);
        if (!all.TryGetValue(groupId, out var group)) return Unknown(groupId, all.Keys);
        if (group.Contains(member.Id)) return Result<ApproverGroup>.Success(group);
        return await SaveAsync(actor, group with { Members = [.. group.Members, member] }, ct);
    }

    public async Task<Result<ApproverGroup>> RemoveMemberAsync(Person actor, string groupId, PersonId member, CancellationToken ct)
    {
        var all = await groups.GetAllAsync(ct);
        if (!all.TryGetValue(groupId, out var group)) return Unknown(groupId, all.Keys);
        if (!group.Contains(member)) return Result<ApproverGroup>.Refused(RefusalCode.NotFound, $"{member} is not in the {group.Name} group.");
        return await SaveAsync(actor, group with { Members = group.Members.Where(m => m.Id != member).ToList() }, ct);
    }

    public Task<IReadOnlyDictionary<string, ApproverGroup>> ListAsync(CancellationToken ct) => groups.GetAllAsync(ct);

    private static Result<ApproverGroup> Unknown(string groupId, IEnumerable<string> known) =>
        Result<ApproverGroup>.Refused(RefusalCode.NotFound, $"There is no group '{groupId}'. Groups: {string.Join(", ", known.Order())}.");
}
