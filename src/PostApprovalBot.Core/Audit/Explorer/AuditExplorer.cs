using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.Audit.Explorer;

/// <summary>
/// What the web view's audit explorer asks of the trail: the events of a few days, filtered; and the verification of
/// the chains an account's events of those days belong to. Reads go through the days' ledgers (<see cref="RecordedEvents"/>).
/// </summary>
public sealed class AuditExplorer(IAuditArchive archive, IDraftStore drafts, AuditVerifier verifier)
{
    /// <summary>
    /// The newest events of the period that match, read only until <paramref name="take"/> are found (<see cref="NewestEvents"/>).
    /// The ledgers have no account, person or action column, so the filter is applied to the events as they are read.
    /// </summary>
    public async Task<AuditSearch> SearchAsync(AuditQuery query, int take, CancellationToken ct)
    {
        if (query.Validate() is { } problem) throw new ArgumentException(problem, nameof(query));
        var days = await RecordedEvents.ReadDaysAsync(archive, query.From, query.To, ct);
        var accounts = new SubjectAccounts(drafts);
        return await NewestEvents.ReadAsync(archive, days, row => MatchesAsync(row, query.Filter, accounts, ct), take, ct);
    }

    /// <summary>
    /// Every chain with an event of the period that concerns the account (its drafts, its <c>account:</c> log, admin changes
    /// naming it), each verified from its first event and against the ledgers of its days. Null when no event of the
    /// period concerns the account. A draft of the account with no event in the period is not read.
    /// </summary>
    public async Task<AuditVerification?> VerifyAccountAsync(string accountId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var query = new AuditQuery(from, to, new AuditEventFilter(accountId));
        if (query.Validate() is { } problem) throw new ArgumentException(problem, nameof(from));
        var matched = await MatchAsync(await RecordedEvents.ReadAsync(archive, from, to, ct), query.Filter, ct);
        var chains = matched.Select(r => (r.Stream, r.Subject)).Distinct().ToList();
        return chains.Count == 0 ? null : await verifier.VerifyChainsAsync(chains, ct);
    }

    private async Task<List<StoredAuditRow>> MatchAsync(IReadOnlyList<StoredAuditRow> rows, AuditEventFilter filter, CancellationToken ct)
    {
        var accounts = new SubjectAccounts(drafts);
        var matched = new List<StoredAuditRow>();
        foreach (var row in rows)
            if (await MatchesAsync(row, filter, accounts, ct)) matched.Add(row);
        return matched;
    }

    private static async Task<bool> MatchesAsync(StoredAuditRow row, AuditEventFilter filter, SubjectAccounts accounts, CancellationToken ct)
    {
        // A row that cannot be read matches no filter but is shown unfiltered: verification names it either way.
        if (row.Event is null) return filter.IsEmpty;
        if (filter.Action is { } action && row.Event.Action != action) return false;
        // Only the account filter needs the subject's account: one draft read per draft searched (remembered), and only then.
        var account = filter.AccountId is null ? null : await accounts.OfAsync(row.Subject, ct);
        return filter.Matches(row.Event, account);
    }
}
