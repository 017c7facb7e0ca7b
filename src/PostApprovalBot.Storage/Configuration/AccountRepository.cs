using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Configuration;

/// <summary>Company accounts: one small partition, since a company has tens of accounts, not millions.</summary>
public sealed class AccountRepository(TableStorage storage) : IAccountStore
{
    private const string Partition = "account";
    private readonly JsonDocumentTable<CompanyAccount> _table = new(storage.Table(TableNames.Accounts));
    private readonly ConfigurationStamp _stamp = new(storage);

    public Task<CompanyAccount?> GetAsync(string accountId, CancellationToken cancellationToken) => _table.GetAsync(Partition, accountId, cancellationToken);

    public Task<IReadOnlyList<CompanyAccount>> ListAsync(CancellationToken cancellationToken) => _table.ListAsync(Partition, cancellationToken);

    /// <summary>Saves, then moves the configuration stamp so every instance's cache reloads.</summary>
    public async Task SaveAsync(CompanyAccount account, CancellationToken cancellationToken)
    {
        await _table.UpsertAsync(Partition, account.Id, account, cancellationToken);
        await _stamp.BumpAsync(cancellationToken);
    }
}
