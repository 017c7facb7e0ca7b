using System.Globalization;
using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Spokespersons;

namespace PostApprovalBot.Core.Administration;

/// <summary>
/// The admin commands typed in Teams or Slack. Channels replace mentions by e-mail addresses before
/// calling; everything else (who may, what changes, the audit) is the administration services' job.
/// </summary>
public sealed partial class AdminConsole(
    AdminGate gate, AccountAdministration accounts, SpokespersonAdministration spokespersons, GroupAdministration groups, PolicyAdministration policy,
    AuditVerifier? verifier = null, DraftOverrides? overrides = null)
{
    public static IReadOnlyList<(string Usage, string Meaning)> Catalogue { get; } =
    [
        ("spokespersons [account]", "who may speak for an account (all accounts without one)"),
        ("spokesperson grant <e-mail> <account|platform> [until <yyyy-mm-dd>]", "let a person submit for an account or a whole platform"),
        ("spokesperson revoke <e-mail> <account|platform>", "take that right back"),
        ("approvers", "the approver groups and their members"),
        ("approvers <group> add|remove <e-mail>", "change a group (the group 'admins' holds the administrators)"),
        ("approvers <group> delegate <member e-mail> to <e-mail> until <yyyy-mm-dd>", "someone decides in an absent member's name, through that day"),
        ("approvers <group> undelegate <member e-mail>", "end a delegation early"),
        ("override <draft id> approve|reject <reason>", "decide a draft outright; the reason is recorded for the auditors"),
        ("admin accounts", "the company accounts"),
        ("admin account add <platform> <handle> <owner e-mail> <display name>", "add a company account"),
        ("admin account retire <account>", "stop all posting on an account"),
        ("admin lexicon flag|block <group or -> <term>", "watch a term (and pull a group into the route)"),
        ("admin lexicon remove <term>", "stop watching a term"),
        ("admin domain allow|remove <domain>", "change the link allow-list"),
        ("audit verify <draft id> | <yyyy-mm-dd> <yyyy-mm-dd>", "check that the audit trail of a draft or a period is intact"),
    ];

    public async Task<AdminReply> ExecuteAsync(Person actor, string text, CancellationToken ct)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words is ["admin"] or ["admin", "help"]) return Help("Administration commands");
        // "admin override …" reads like the other admin commands; "override …" is the short form.
        if (words.Length > 1 && words[0].Equals("admin", StringComparison.OrdinalIgnoreCase) && words[1].Equals("override", StringComparison.OrdinalIgnoreCase))
            words = words[1..];
        if (await gate.CheckAsync(actor, "use admin commands", ct) is { } refused) return AdminReply.Failed("Not allowed", refused.Message);
        switch (words[0].ToLowerInvariant())
        {
            case "spokespersons": return await ListSpokespersonsAsync(words.Skip(1).FirstOrDefault(), ct);
            case "approvers" when words.Length == 1: return await ListGroupsAsync(ct);
            case "approvers" when words.Length >= 4: return await ChangeGroupAsync(actor, words, ct);
            case "override" when overrides is not null: return await OverrideAsync(overrides, actor, words, ct);
            case "audit" when verifier is not null && words.Length >= 3 && words[1].Equals("verify", StringComparison.OrdinalIgnoreCase):
                return await VerifyAsync(verifier, words, ct);
        }
        return string.Join(' ', words.Take(2)).ToLowerInvariant() switch
        {
            "spokesperson grant" when words.Length is 4 or 6 => await GrantAsync(actor, words, ct),
            "spokesperson revoke" when words.Length == 4 => await RevokeAsync(actor, words[2], words[3], ct),
            "admin accounts" => await ListAccountsAsync(ct),
            "admin account" when words.Length >= 4 && words[2].Equals("retire", StringComparison.OrdinalIgnoreCase) => Show(await accounts.RetireAsync(actor, words[3], ct), a => $"{a.Label} is retired."),
            "admin account" when words.Length >= 7 && words[2].Equals("add", StringComparison.OrdinalIgnoreCase) => await AddAccountAsync(actor, words, ct),
            "admin lexicon" when words.Length >= 5 && words[2].ToLowerInvariant() is "flag" or "block" => await SetTermAsync(actor, words, ct),
            "admin lexicon" when words.Length >= 4 && words[2].Equals("remove", StringComparison.OrdinalIgnoreCase) => Show(await policy.RemoveTermAsync(actor, string.Join(' ', words.Skip(3)), ct), _ => "Term removed."),
            "admin domain" when words.Length == 4 && words[2].Equals("allow", StringComparison.OrdinalIgnoreCase) => Show(await policy.AllowDomainAsync(actor, words[3], ct), d => $"Allowed link domains: {string.Join(", ", d.AllowedLinkDomains)}."),
            "admin domain" when words.Length == 4 && words[2].Equals("remove", StringComparison.OrdinalIgnoreCase) => Show(await policy.RemoveDomainAsync(actor, words[3], ct), d => $"Allowed link domains: {string.Join(", ", d.AllowedLinkDomains)}."),
            _ => Help("I did not understand that admin command"),
        };
    }

    private async Task<AdminReply> GrantAsync(Person actor, string[] words, CancellationToken ct)
    {
        if (!PersonId.TryFromEmail(words[2], out var person)) return NotAnEmail(words[2]);
        DateTimeOffset? until = null;
        if (words.Length == 6)
        {
            until = words[4].Equals("until", StringComparison.OrdinalIgnoreCase) ? EndOfDay(words[5]) : null;
            if (until is null) return AdminReply.Failed("Grant not made", "Write the end as 'until 2026-12-31' (the right ends after that day, UTC).");
        }
        return Show(await spokespersons.GrantAsync(actor, person, Scope(words[3]), until, ct),
            g => $"{g.Person} may now speak for {g.Scope}" + (g.ExpiresAt is { } end ? $" until {end.AddDays(-1):yyyy-MM-dd}." : "."));
    }

    private async Task<AdminReply> RevokeAsync(Person actor, string email, string scope, CancellationToken ct) =>
        PersonId.TryFromEmail(email, out var person)
            ? Show(await spokespersons.RevokeAsync(actor, person, Scope(scope), ct), r => $"{person} no longer speaks for {Scope(scope)} ({r.Count} right(s) revoked).")
            : NotAnEmail(email);

    private async Task<AdminReply> ListSpokespersonsAsync(string? accountId, CancellationToken ct)
    {
        var ids = accountId is null ? (await accounts.ListAsync(ct)).Select(a => a.Id).ToList() : [accountId];
        var lines = new List<string>();
        foreach (var id in ids)
        {
            var who = await spokespersons.WhoMaySpeakForAsync(id, ct);
            if (!who.Succeeded) return AdminReply.Failed("Unknown account", who.Refusal!.Message);
            lines.Add($"{id}: " + (who.Value.Count == 0 ? "nobody" : string.Join(", ", who.Value.Select(Describe))));
        }
        return AdminReply.Done("Spokespersons", lines);
    }

    private async Task<AdminReply> ListAccountsAsync(CancellationToken ct) => AdminReply.Done("Company accounts",
        (await accounts.ListAsync(ct)).OrderBy(a => a.Id).Select(a => $"{a.Id}: {a.Label}, owner {a.Owner.DisplayName} <{a.Owner.Id}>" + (a.Retired ? " (retired)" : "")));

    private async Task<AdminReply> AddAccountAsync(Person actor, string[] words, CancellationToken ct)
    {
        if (!PlatformNames.TryParse(words[3], out var platform)) return AdminReply.Failed("Account not added", $"'{words[3]}' is not a platform.");
        if (!PersonId.TryFromEmail(words[5], out var owner)) return NotAnEmail(words[5]);
        return Show(await accounts.AddAsync(actor, platform, words[4], string.Join(' ', words.Skip(6)), new Person(owner, owner.Value), ct), a => $"{a.Label} added as {a.Id}.");
    }

    private async Task<AdminReply> SetTermAsync(Person actor, string[] words, CancellationToken ct)
    {
        var action = words[2].Equals("block", StringComparison.OrdinalIgnoreCase) ? LexiconAction.Block : LexiconAction.Flag;
        var group = words[3] == "-" ? null : words[3];
        var term = new LexiconTerm(string.Join(' ', words.Skip(4)), action, group);
        return Show(await policy.SetTermAsync(actor, term, ct), _ => $"'{term.Term}' is now {(action == LexiconAction.Block ? "blocked" : "flagged")}" + (group is null ? "." : $" and pulls in {group}."));
    }

    private static async Task<AdminReply> VerifyAsync(AuditVerifier verifier, string[] words, CancellationToken ct)
    {
        AuditVerification? result;
        if (words.Length == 4 && DateOnly.TryParseExact(words[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(words[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
            result = await verifier.VerifyRangeAsync(from, to, ct);
        else if (words.Length == 3)
            result = await verifier.VerifyDraftAsync(words[2].ToUpperInvariant(), ct);
        else
            return Help("Write 'audit verify <draft id>' or 'audit verify <from yyyy-mm-dd> <to yyyy-mm-dd>'");
        if (result is null) return AdminReply.Failed("Not found", $"There is no audit trail for draft '{words[2]}'.");
        return result.IsIntact
            ? AdminReply.Done("Audit trail intact", $"{result.EventsChecked} event(s) and {result.LedgerEntriesChecked} ledger entr(y/ies) checked; every hash links.")
            : AdminReply.Failed("Audit trail broken", result.Breaks.Take(10).Select(b => b.ToString()));
    }

    private static GrantScope Scope(string text) =>
        PlatformNames.TryParse(text, out var platform) ? GrantScope.ForPlatform(platform) : GrantScope.ForAccount(text.Trim().ToLowerInvariant());

    private static string Describe(SpokespersonGrant g) =>
        g.Person + (g.Scope.Platform is not null ? $" (all {g.Scope.Platform})" : "") + (g.ExpiresAt is { } end ? $" until {end:yyyy-MM-dd}" : "");

    private static AdminReply Show<T>(Result<T> result, Func<T, string> success) =>
        result.Succeeded ? AdminReply.Done("Done", success(result.Value)) : AdminReply.Failed("Not done", result.Refusal!.Message);

    private static AdminReply NotAnEmail(string text) => AdminReply.Failed("Not done", $"'{text}' is not an e-mail address. Name people by work e-mail or mention them.");

    private static AdminReply Help(string title) => AdminReply.Done(title, Catalogue.Select(c => $"{c.Usage}: {c.Meaning}"));
}
