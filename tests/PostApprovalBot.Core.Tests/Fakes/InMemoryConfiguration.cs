using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Spokespersons;
using PostApprovalBot.Core.Tests.Builders;

namespace PostApprovalBot.Core.Tests.Fakes;

/// <summary>The company's configuration ports, served from a <see cref="Company"/> and a few extra accounts.</summary>
public sealed class InMemoryConfiguration(Company company)
    : IAccountStore, IGrantStore, IRouteStore, IApproverGroupStore, IPolicySettingsSource
{
    private readonly Dictionary<string, ApprovalRoute> _routes = [];

    public List<CompanyAccount> Accounts { get; } = [company.Account];

    public Task<CompanyAccount?> GetAsync(string accountId, CancellationToken cancellationToken) =>
        Task.FromResult(Accounts.FirstOrDefault(a => a.Id == accountId));

    Task<IReadOnlyList<CompanyAccount>> IAccountStore.ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CompanyAccount>>([.. Accounts]);

    public Task SaveAsync(CompanyAccount account, CancellationToken cancellationToken)
    {
        Accounts.RemoveAll(a => a.Id == account.Id);
        Accounts.Add(account);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SpokespersonGrant>> ListForPersonAsync(PersonId person, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SpokespersonGrant>>(company.Grants.Where(g => g.Person == person).ToList());

    /// <summary>How many times the whole grants history was read: a request's answer must never need it.</summary>
    public int WholeHistoryReads { get; private set; }

    /// <summary>The scopes whose grants were listed, in the order asked.</summary>
    public List<GrantScope> ScopesRead { get; } = [];

    /// <summary>Rows in the scope listing only, as a crash between a grant's listing row and its person row leaves them.</summary>
    public List<SpokespersonGrant> ListedOnly { get; } = [];

    public Task<IReadOnlyList<SpokespersonGrant>> ListAllAsync(CancellationToken cancellationToken)
    {
        WholeHistoryReads++;
        return Task.FromResult<IReadOnlyList<SpokespersonGrant>>([.. company.Grants]);
    }

    public Task<IReadOnlyList<SpokespersonGrant>> ListForScopeAsync(GrantScope scope, CancellationToken cancellationToken)
    {
        lock (ScopesRead) ScopesRead.Add(scope);
        return Task.FromResult<IReadOnlyList<SpokespersonGrant>>(
            company.Grants.Concat(ListedOnly).Where(g => g.Scope == scope && g.RevokedAt is null).ToList());
    }

    // The continuation is the number of grants already shown, in the table's key order (person, then id).
    public Task<GrantPage> ListPageAsync(string? continuation, int size, CancellationToken cancellationToken)
    {
        var skip = int.Parse(continuation ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var ordered = company.Grants.OrderBy(g => g.Person.Value, StringComparer.Ordinal).ThenBy(g => g.Id, StringComparer.Ordinal).ToList();
        var next = skip + size < ordered.Count ? (skip + size).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new GrantPage(ordered.Skip(skip).Take(size).ToList(), next));
    }

    public Task SaveAsync(SpokespersonGrant grant, CancellationToken cancellationToken)
    {
        ListedOnly.RemoveAll(g => g.Id == grant.Id);
        company.Grants.RemoveAll(g => g.Id == grant.Id);
        company.Grants.Add(grant);
        return Task.CompletedTask;
    }

    Task<ApprovalRoute?> IRouteStore.GetAsync(string accountId, CancellationToken cancellationToken) =>
        Task.FromResult(_routes.GetValueOrDefault(accountId) ?? (accountId == company.Account.Id ? company.Route : null));

    public Task SaveAsync(ApprovalRoute route, CancellationToken cancellationToken)
    {
        _routes[route.AccountId] = route;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, ApproverGroup>> GetAllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, ApproverGroup>>(new Dictionary<string, ApproverGroup>(company.Groups));

    public Task SaveAsync(ApproverGroup group, CancellationToken cancellationToken)
    {
        company.Groups[group.Id] = group;
        return Task.CompletedTask;
    }

    Task<PolicySettings> IPolicySettingsSource.GetAsync(CancellationToken cancellationToken) => Task.FromResult(company.Policy);
}
