using PostApprovalBot.Core.Accounts;

namespace PostApprovalBot.Core.Ports;

public interface IAccountStore
{
    Task<CompanyAccount?> GetAsync(string accountId, CancellationToken cancellationToken);

    Task<IReadOnlyList<CompanyAccount>> ListAsync(CancellationToken cancellationToken);

    Task SaveAsync(CompanyAccount account, CancellationToken cancellationToken);
}
