using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Configuration;

/// <summary>One route per account, keyed by the account id.</summary>
public sealed class RouteRepository(TableStorage storage) : IRouteStore
{
    private const string Row = "route";
    private readonly JsonDocumentTable<ApprovalRoute> _table = new(storage.Table(TableNames.Routes));
    private readonly ConfigurationStamp _stamp = new(storage);

    public Task<ApprovalRoute?> GetAsync(string accountId, CancellationToken cancellationToken) => _table.GetAsync(accountId, Row, cancellationToken);

    /// <summary>Saves, then moves the configuration stamp so every instance's cache reloads.</summary>
    public async Task SaveAsync(ApprovalRoute route, CancellationToken cancellationToken)
    {
        await _table.UpsertAsync(route.AccountId, Row, route, cancellationToken);
        await _stamp.BumpAsync(cancellationToken);
    }
}
