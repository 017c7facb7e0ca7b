using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Configuration;

/// <summary>The lexicon, link allow-list and platform limit overrides: one document.</summary>
public sealed class PolicyRepository(TableStorage storage) : IPolicyStore
{
    private const string Partition = "policy";
    private const string Row = "current";
    private readonly JsonDocumentTable<PolicyDocument> _table = new(storage.Table(TableNames.Settings));

    public async Task<PolicySettings> GetAsync(CancellationToken cancellationToken) =>
        (await GetDocumentAsync(cancellationToken)).ToSettings();

    public async Task<PolicyDocument> GetDocumentAsync(CancellationToken cancellationToken) =>
        await _table.GetAsync(Partition, Row, cancellationToken) ?? PolicyDocument.Empty;

    public Task SaveAsync(PolicyDocument document, CancellationToken cancellationToken) => _table.UpsertAsync(Partition, Row, document, cancellationToken);
}
