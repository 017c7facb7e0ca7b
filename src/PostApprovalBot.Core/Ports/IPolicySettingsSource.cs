using PostApprovalBot.Core.Policy;

namespace PostApprovalBot.Core.Ports;

public interface IPolicySettingsSource
{
    Task<PolicySettings> GetAsync(CancellationToken cancellationToken);
}
