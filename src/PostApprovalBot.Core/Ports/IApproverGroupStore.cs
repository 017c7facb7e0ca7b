using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Core.Ports;

public interface IApproverGroupStore
{
    Task<IReadOnlyDictionary<string, ApproverGroup>> GetAllAsync(CancellationToken cancellationToken);

    Task SaveAsync(ApproverGroup group, CancellationToken cancellationToken);
}
