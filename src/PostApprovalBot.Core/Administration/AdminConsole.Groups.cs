using System.Globalization;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Administration;

/// <summary>The approver-group commands (members and delegations) and the override of a draft's review.</summary>
public sealed partial class AdminConsole
{
    private async Task<AdminReply> ListGroupsAsync(CancellationToken ct)
    {
        var now = gate.Now;
        return AdminReply.Done("Approver groups", (await groups.ListAsync(ct)).Values.OrderBy(g => g.Id).Select(g => $"{g.Id} ({g.Name}): " +
            (g.Members.Count == 0 ? "no members" : string.Join(", ", g.Members.Select(m => $"{m.DisplayName} <{m.Id}>")))
            + string.Concat((g.Delegations ?? []).Where(d => d.IsActiveAt(now)).Select(d =>
                $"; {d.From.DisplayName} is away, {d.To.DisplayName} <{d.To.Id}> decides for them until {LastDay(d.Until)}"))));
    }

    private async Task<AdminReply> ChangeGroupAsync(Person actor, string[] words, CancellationToken ct)
    {
        if (!PersonId.TryFromEmail(words[3], out var member)) return NotAnEmail(words[3]);
        return words[2].ToLowerInvariant() switch
        {
            "add" => Show(await groups.AddMemberAsync(actor, words[1], new Person(member, words.Length > 4 ? string.Join(' ', words.Skip(4)) : member.Value), ct), g => $"{member} is now in {g.Name}."),
            "remove" => Show(await groups.RemoveMemberAsync(actor, words[1], member, ct), g => $"{member} is no longer in {g.Name}."),
            "delegate" => await DelegateAsync(actor, words, member, ct),
            "undelegate" when words.Length == 4 => Show(await groups.UndelegateAsync(actor, words[1], member, ct),
                g => $"{member} decides for themselves again in {g.Name}."),
            _ => Help("Write 'approvers <group> add|remove <e-mail>', or 'approvers <group> delegate <member e-mail> to <e-mail> until <yyyy-mm-dd>'"),
        };
    }

    // approvers <group> delegate <member> to <delegate> until <yyyy-mm-dd>
    private async Task<AdminReply> DelegateAsync(Person actor, string[] words, PersonId member, CancellationToken ct)
    {
        const string Usage = "Write 'approvers <group> delegate <member e-mail> to <delegate e-mail> until <yyyy-mm-dd>' (the delegation ends after that day, UTC).";
        if (words.Length != 8 || !words[4].Equals("to", StringComparison.OrdinalIgnoreCase) || !words[6].Equals("until", StringComparison.OrdinalIgnoreCase))
            return AdminReply.Failed("Delegation not made", Usage);
        if (!PersonId.TryFromEmail(words[5], out var standIn)) return NotAnEmail(words[5]);
        if (EndOfDay(words[7]) is not { } until) return AdminReply.Failed("Delegation not made", Usage);
        var known = (await groups.ListAsync(ct)).Values.SelectMany(g => g.Members).FirstOrDefault(p => p.Id == standIn);
        return Show(await groups.DelegateAsync(actor, words[1], member, known ?? new Person(standIn, standIn.Value), until, ct),
            g => $"Until {LastDay(until)}, {standIn} receives {member}'s review requests in {g.Name} and decides on their behalf.");
    }

    // override <draft id> approve|reject <reason…>
    private static async Task<AdminReply> OverrideAsync(DraftOverrides overrides, Person actor, string[] words, CancellationToken ct)
    {
        const string Usage = "Write 'override <draft id> approve <reason>' or 'override <draft id> reject <reason>'; the reason is recorded for the auditors.";
        if (words.Length < 3) return AdminReply.Failed("Not overridden", Usage);
        Verdict? verdict = words[2].ToLowerInvariant() switch
        {
            "approve" or "approved" => Verdict.Approve,
            "reject" or "rejected" => Verdict.Reject,
            _ => null,
        };
        if (verdict is null) return AdminReply.Failed("Not overridden", Usage);
        var reason = string.Join(' ', words.Skip(3));
        var result = await overrides.OverrideAsync(actor, words[1], verdict.Value, reason, ct);
        return Show(result, o => $"Draft {o.Overview.Draft.Id} is {DraftTransitions.Describe(o.Overview.Draft.State)} by override. "
            + $"Reason recorded: {reason}. Its submitter and approvers are told.");
    }

    /// <summary>The end of the named day (UTC), for "until 2026-12-31"; null when the text is not such a date.</summary>
    private static DateTimeOffset? EndOfDay(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;

    private static string LastDay(DateTimeOffset until) => until.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
