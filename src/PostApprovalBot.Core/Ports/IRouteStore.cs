using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Core.Ports;

public interface IRouteStore
{
    /// <summary>The account's own route, or null when it uses the default one.</summary>
    Task<ApprovalRoute?> GetAsync(string accountId, CancellationToken cancellationToken);

    Task SaveAsync(ApprovalRoute route, CancellationToken cancellationToken);
}
