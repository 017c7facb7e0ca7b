using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Configuration;

/// <summary>The lexicon, link allow-list and platform limit overrides: one document.</summary>
public sealed class PolicyRepository(TableStorage storage) : IPolicySettingsSource
{
    private const string Partition = "policy";
    private const string Row = "current";
    private readonly JsonDocumentTable<StoredPolicy> _table = new(storage.Table(TableNames.Settings));

    public async Task<PolicySettings> GetAsync(CancellationToken cancellationToken) =>
        (await _table.GetAsync(Partition, Row, cancellationToken))?.ToSettings() ?? PolicySettings.Default;

    public Task SaveAsync(StoredPolicy policy, CancellationToken cancellationToken) => _table.UpsertAsync(Partition, Row, policy, cancellationToken);
}
