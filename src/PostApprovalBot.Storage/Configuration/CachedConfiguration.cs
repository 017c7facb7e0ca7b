using System.Collections.Concurrent;
using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Spokespersons;

namespace PostApprovalBot.Storage.Configuration;

/// <summary>
/// The company's configuration (accounts, groups, routes, policy, grants) kept in the process, so a decision or a
/// submission reads none of it from storage. Freshness: at most once per <c>refresh</c> (real time) one request reads
/// the <see cref="ConfigurationStamp"/>; when another instance changed something, the whole cache is dropped. So an
/// admin change (a removed approver, a revoked grant) takes effect on every instance within <c>refresh</c> plus one
/// storage read, and at once on the instance that made it.
/// </summary>
public sealed class CachedConfiguration(
    AccountRepository accounts, GrantRepository grants, RouteRepository routes, GroupRepository groups, PolicyRepository policy,
    ConfigurationStamp stamp, TimeSpan refresh)
    : IAccountStore, IGrantStore, IRouteStore, IApproverGroupStore, IPolicyStore
{
    private const int MaxPeopleRemembered = 50_000;
    private readonly object _gate = new();
    private Snapshot _snapshot = new(null);
    private long _nextCheckAt;
    private Task? _checking;

    public async Task<CompanyAccount?> GetAsync(string accountId, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(a => a.Id == accountId);

    public async Task<IReadOnlyList<CompanyAccount>> ListAsync(CancellationToken cancellationToken) =>
        await (await CurrentAsync(cancellationToken)).Accounts.GetAsync(() => accounts.ListAsync(CancellationToken.None));

    public async Task<IReadOnlyList<SpokespersonGrant>> ListForPersonAsync(PersonId person, CancellationToken cancellationToken)
    {
        var snapshot = await CurrentAsync(cancellationToken);
        if (snapshot.Grants.Count > MaxPeopleRemembered) snapshot.Grants.Clear();
        return await snapshot.Grants.GetOrAdd(person, _ => new()).GetAsync(() => grants.ListForPersonAsync(person, CancellationToken.None));
    }

    public Task<IReadOnlyList<SpokespersonGrant>> ListAllAsync(CancellationToken cancellationToken) => grants.ListAllAsync(cancellationToken);

    // Admin lists read storage directly: a page is small, and an admin must see another instance's change at once.
    public Task<GrantPage> ListPageAsync(string? continuation, int size, CancellationToken cancellationToken) =>
        grants.ListPageAsync(continuation, size, cancellationToken);

    public Task<IReadOnlyList<SpokespersonGrant>> ListForScopeAsync(GrantScope scope, CancellationToken cancellationToken) =>
        grants.ListForScopeAsync(scope, cancellationToken);

    async Task<ApprovalRoute?> IRouteStore.GetAsync(string accountId, CancellationToken cancellationToken) =>
        await (await CurrentAsync(cancellationToken)).Routes.GetOrAdd(accountId, _ => new()).GetAsync(() => routes.GetAsync(accountId, CancellationToken.None));

    public async Task<IReadOnlyDictionary<string, ApproverGroup>> GetAllAsync(CancellationToken cancellationToken) =>
        await (await CurrentAsync(cancellationToken)).Groups.GetAsync(() => groups.GetAllAsync(CancellationToken.None));

    async Task<PolicySettings> IPolicySettingsSource.GetAsync(CancellationToken cancellationToken) => (await GetDocumentAsync(cancellationToken)).ToSettings();

    public async Task<PolicyDocument> GetDocumentAsync(CancellationToken cancellationToken) =>
        await (await CurrentAsync(cancellationToken)).Policy.GetAsync(() => policy.GetDocumentAsync(CancellationToken.None));

    public Task SaveAsync(CompanyAccount account, CancellationToken cancellationToken) => ChangeAsync(() => accounts.SaveAsync(account, cancellationToken));

    public Task SaveAsync(SpokespersonGrant grant, CancellationToken cancellationToken) => ChangeAsync(() => grants.SaveAsync(grant, cancellationToken));

    public Task SaveAsync(ApprovalRoute route, CancellationToken cancellationToken) => ChangeAsync(() => routes.SaveAsync(route, cancellationToken));

    public Task SaveAsync(ApproverGroup group, CancellationToken cancellationToken) => ChangeAsync(() => groups.SaveAsync(group, cancellationToken));

    public Task SaveAsync(PolicyDocument document, CancellationToken cancellationToken) => ChangeAsync(() => policy.SaveAsync(document, cancellationToken));

    // The repositories move the stamp; this instance forgets at once, so its own admin sees the change immediately.
    private async Task ChangeAsync(Func<Task> save)
    {
        try
        {
            await save();
        }
        finally
        {
            lock (_gate)
            {
                _snapshot = new Snapshot(null);
                _nextCheckAt = 0;
            }
        }
    }

    private async ValueTask<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        if (Environment.TickCount64 < Volatile.Read(ref _nextCheckAt)) return _snapshot;
        Task checking;
        lock (_gate)
        {
            if (_checking is null || _checking.IsCompleted) _checking = CheckStampAsync();
            checking = _checking;
        }
        await checking.WaitAsync(cancellationToken);
        return _snapshot;
    }

    private async Task CheckStampAsync()
    {
        var current = await stamp.ReadAsync(CancellationToken.None);
        lock (_gate)
        {
            if (current is null || current != _snapshot.Stamp) _snapshot = new Snapshot(current);
            _nextCheckAt = Environment.TickCount64 + (long)Math.Min(refresh.TotalMilliseconds, int.MaxValue);
        }
    }

    /// <summary>Everything loaded under one stamp; replaced whole when the stamp moves.</summary>
    private sealed class Snapshot(string? stamp)
    {
        public string? Stamp { get; } = stamp;
        public Loaded<IReadOnlyList<CompanyAccount>> Accounts { get; } = new();
        public Loaded<IReadOnlyDictionary<string, ApproverGroup>> Groups { get; } = new();
        public Loaded<PolicyDocument> Policy { get; } = new();
        public ConcurrentDictionary<string, Loaded<ApprovalRoute?>> Routes { get; } = new();
        public ConcurrentDictionary<PersonId, Loaded<IReadOnlyList<SpokespersonGrant>>> Grants { get; } = new();
    }

    /// <summary>A value loaded once and shared by everyone who asks meanwhile; a failed load is forgotten so the next caller tries again.</summary>
    private sealed class Loaded<T>
    {
        private readonly object _gate = new();
        private Task<T>? _load;

        public Task<T> GetAsync(Func<Task<T>> load)
        {
            lock (_gate)
            {
                if (_load is null || _load.IsFaulted || _load.IsCanceled) _load = load();
                return _load;
            }
        }
    }
}
