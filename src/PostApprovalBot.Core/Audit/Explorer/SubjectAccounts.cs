using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.Audit.Explorer;

/// <summary>
/// The company account an audit subject belongs to, read once per subject: a draft id is looked up in the draft store
/// (its events do not all carry the account), <c>account:&lt;id&gt;</c> names it, an admin area has none.
/// </summary>
public sealed class SubjectAccounts(IDraftStore drafts)
{
    private const string AccountPrefix = "account:";
    private readonly Dictionary<string, string?> known = new(StringComparer.Ordinal);

    public void Remember(string draftId, string? accountId) => known[draftId] = accountId;

    public async Task<string?> OfAsync(string subject, CancellationToken ct)
    {
        if (subject.StartsWith(AccountPrefix, StringComparison.Ordinal)) return subject[AccountPrefix.Length..];
        if (subject.StartsWith("admin:", StringComparison.Ordinal)) return null;
        if (!known.TryGetValue(subject, out var account))
            known[subject] = account = (await drafts.GetAsync(subject, ct))?.Draft.AccountId;
        return account;
    }
}
