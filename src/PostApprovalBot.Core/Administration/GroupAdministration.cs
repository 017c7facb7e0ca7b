using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Core.Administration;

/// <summary>Approver groups (legal, compliance, communications, custom ones, and the admins group), and who stands in for whom.</summary>
public sealed class GroupAdministration(AdminGate gate, IApproverGroupStore groups)
{
    private const string Area = "groups";
    private const string Operation = "change approver groups";

    public async Task<Result<ApproverGroup>> SaveAsync(Person actor, ApproverGroup group, CancellationToken ct)
    {
        if (await gate.CheckAsync(actor, Operation, ct) is { } refused) return refused;
        var all = await groups.GetAllAsync(ct);
        all.TryGetValue(group.Id, out var before);
        return await StoreAsync(actor, before, group, before is null ? "group.added" : "group.changed", ct);
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
        // A member who leaves the group no longer has reviews to hand over.
        return await SaveAsync(actor, group with
        {
            Members = group.Members.Where(m => m.Id != member).ToList(),
            Delegations = group.Delegations?.Where(d => d.From.Id != member).ToList(),
        }, ct);
    }

    /// <summary>
    /// A member away until <paramref name="until"/> hands their reviews in this group to <paramref name="standIn"/>, who then
    /// sees the cards and decides "on behalf of" the member. A member has at most one delegate: this replaces an earlier one.
    /// </summary>
    public async Task<Result<ApproverGroup>> DelegateAsync(Person actor, string groupId, PersonId member, Person standIn, DateTimeOffset until, CancellationToken ct)
    {
        if (await gate.CheckAsync(actor, Operation, ct) is { } refused) return refused;
        var all = await groups.GetAllAsync(ct);
        if (!all.TryGetValue(groupId, out var group)) return Unknown(groupId, all.Keys);
        if (group.Members.FirstOrDefault(m => m.Id == member) is not { } from)
            return Result<ApproverGroup>.Refused(RefusalCode.NotFound, $"{member} is not in the {group.Name} group: only its members can hand their reviews to someone.");
        if (until <= gate.Now)
            return Result<ApproverGroup>.Refused(RefusalCode.InvalidInput, $"The end date {until:yyyy-MM-dd} has passed. Give a future date.");
        var delegations = (group.Delegations ?? []).Where(d => d.From.Id != member).Append(new Delegation(from, standIn, until)).ToList();
        return await StoreAsync(actor, group, group with { Delegations = delegations }, "group.delegated", ct);
    }

    /// <summary>Ends a member's delegation before its date, e.g. when they are back early.</summary>
    public async Task<Result<ApproverGroup>> UndelegateAsync(Person actor, string groupId, PersonId member, CancellationToken ct)
    {
        if (await gate.CheckAsync(actor, Operation, ct) is { } refused) return refused;
        var all = await groups.GetAllAsync(ct);
        if (!all.TryGetValue(groupId, out var group)) return Unknown(groupId, all.Keys);
        if ((group.Delegations ?? []).All(d => d.From.Id != member))
            return Result<ApproverGroup>.Refused(RefusalCode.NotFound, $"{member} has no delegate in the {group.Name} group; nothing to end.");
        return await StoreAsync(actor, group, group with { Delegations = group.Delegations!.Where(d => d.From.Id != member).ToList() }, "group.undelegated", ct);
    }

    public Task<IReadOnlyDictionary<string, ApproverGroup>> ListAsync(CancellationToken ct) => groups.GetAllAsync(ct);

    private async Task<Result<ApproverGroup>> StoreAsync(Person actor, ApproverGroup? before, ApproverGroup group, string action, CancellationToken ct)
    {
        if (Problem(group, before) is { } problem) return Result<ApproverGroup>.Refused(RefusalCode.InvalidInput, problem);
        await groups.SaveAsync(group, ct);
        await gate.RecordAsync(actor, Area, action, before, group, ct);
        return Result<ApproverGroup>.Success(group);
    }

    private static string? Problem(ApproverGroup group, ApproverGroup? before)
    {
        if (string.IsNullOrWhiteSpace(group.Id) || group.Id.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
            return "A group id may hold only letters, digits and dashes, e.g. legal or investor-relations.";
        if (group.Id == AdminGate.AdminsGroupId && group.Members.Count == 0 && before?.Members.Count > 0)
            return "The admins group cannot be emptied: someone must stay able to administer the bot.";
        if ((group.Delegations ?? []).FirstOrDefault(d => !group.Contains(d.From.Id)) is { } orphan)
            return $"{orphan.From.Id} delegates to {orphan.To.Id} but is not a member of the group; only members can delegate.";
        if ((group.Delegations ?? []).FirstOrDefault(d => d.To.Id == d.From.Id) is { } self)
            return $"{self.From.Id} cannot be their own delegate.";
        return null;
    }

    private static Result<ApproverGroup> Unknown(string groupId, IEnumerable<string> known) =>
        Result<ApproverGroup>.Refused(RefusalCode.NotFound, $"There is no group '{groupId}'. Groups: {string.Join(", ", known.Order())}.");
}
