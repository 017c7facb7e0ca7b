using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Spokespersons;

namespace PostApprovalBot.Core.Administration;

/// <summary>Who speaks for the company: granting, revoking and listing spokesperson rights.</summary>
public sealed class SpokespersonAdministration(AdminGate gate, IAccountStore accounts, IGrantStore grants)
{
    private const string Area = "grants";

    public async Task<Result<SpokespersonGrant>> GrantAsync(Person actor, PersonId person, GrantScope scope, DateTimeOffset? until, CancellationToken ct)
    {
        if (await gate.CheckAsync(actor, "grant spokesperson rights", ct) is { } refused) return refused;
        if (scope.AccountId is { } accountId && await accounts.GetAsync(accountId, ct) is null) return AccountAdministration.Unknown(accountId);
        var now = gate.Now;
        if (until is { } end && end <= now)
            return Result<SpokespersonGrant>.Refused(RefusalCode.InvalidInput, $"The end date {end:yyyy-MM-dd} is in the past. Give a future date or none.");
        var grant = new SpokespersonGrant("g-" + Guid.NewGuid().ToString("N")[..12], person, scope, actor.Id, now, until);
        await grants.SaveAsync(grant, ct);
        await gate.RecordAsync(actor, Area, "spokesperson.granted", null, grant, ct);
        return Result<SpokespersonGrant>.Success(grant);
    }

    /// <summary>Revokes every active grant of the person with exactly this scope.</summary>
    public async Task<Result<IReadOnlyList<SpokespersonGrant>>> RevokeAsync(Person actor, PersonId person, GrantScope scope, CancellationToken ct)
    {
        if (await gate.CheckAsync(actor, "revoke spokesperson rights", ct) is { } refused) return refused;
        var now = gate.Now;
        // The scope's listing too: a crash mid-save can leave a grant listed there but not in force in the person's rows,
        // and revoking must clear whatever "who may speak" shows. The person's rows come first: they are the truth.
        var mine = grants.ListForPersonAsync(person, ct);
        var listed = grants.ListForScopeAsync(scope, ct);
        var active = (await mine).Concat((await listed).Where(g => g.Person == person))
            .Where(g => g.Scope == scope && g.IsActiveAt(now)).DistinctBy(g => g.Id).ToList();
        if (active.Count == 0)
            return Result<IReadOnlyList<SpokespersonGrant>>.Refused(RefusalCode.NotFound, $"{person} has no active right to speak for {scope}; nothing to revoke.");
        var revoked = new List<SpokespersonGrant>();
        foreach (var grant in active)
        {
            var after = grant.Revoke(actor.Id, now);
            await grants.SaveAsync(after, ct);
            await gate.RecordAsync(actor, Area, "spokesperson.revoked", grant, after, ct);
            revoked.Add(after);
        }
        return Result<IReadOnlyList<SpokespersonGrant>>.Success(revoked);
    }

    /// <summary>Active grants that cover the account (its own and its platform's).</summary>
    public async Task<Result<IReadOnlyList<SpokespersonGrant>>> WhoMaySpeakForAsync(string accountId, CancellationToken ct)
    {
        if (await accounts.GetAsync(accountId, ct) is not { } account) return AccountAdministration.Unknown(accountId);
        var now = gate.Now;
        var listed = await Task.WhenAll(GrantScope.Covering(account).Select(scope => grants.ListForScopeAsync(scope, ct)));
        // In person order, as the whole table listed them before the scopes were indexed.
        return Result<IReadOnlyList<SpokespersonGrant>>.Success(listed.SelectMany(scope => scope)
            .Where(g => g.IsActiveAt(now))
            .OrderBy(g => g.Person.Value, StringComparer.Ordinal).ThenBy(g => g.Id, StringComparer.Ordinal).ToList());
    }

    public async Task<IReadOnlyList<SpokespersonGrant>> GrantsOfAsync(PersonId person, CancellationToken ct)
    {
        var now = gate.Now;
        return (await grants.ListForPersonAsync(person, ct)).Where(g => g.IsActiveAt(now)).ToList();
    }

    /// <summary>Every grant ever made, revoked and expired ones too: for the CSV export, which is the whole history by design.</summary>
    public Task<IReadOnlyList<SpokespersonGrant>> AllGrantsAsync(CancellationToken ct) => grants.ListAllAsync(ct);

    /// <summary>One page of grants in person order, for a list on screen: the cost is the page, not the table's history.</summary>
    public Task<GrantPage> PageAsync(string? continuation, int size, CancellationToken ct) => grants.ListPageAsync(continuation, size, ct);

    /// <summary>
    /// Grants every line of a CSV (see <see cref="GrantImportFile"/>) once the whole file is checked; each grant is audited
    /// like a single one. A refusal part-way (an unknown account) stops the import and says how many went through.
    /// </summary>
    public async Task<GrantImportOutcome> ImportAsync(Person actor, string csv, CancellationToken ct)
    {
        if (await gate.CheckAsync(actor, "import spokesperson grants", ct) is { } refused) return new([], [], refused);
        var file = GrantImportFile.Read(csv);
        if (file.Problems.Count > 0) return new(file.Problems, [], null);
        var granted = new List<SpokespersonGrant>();
        foreach (var line in file.Lines)
        {
            var result = await GrantAsync(actor, line.Person, line.Scope, line.Until, ct);
            if (!result.Succeeded) return new([], granted, result.Refusal! with { Message = $"Stopped after {granted.Count} grant(s): {result.Refusal!.Message}" });
            granted.Add(result.Value);
        }
        return new([], granted, null);
    }
}
