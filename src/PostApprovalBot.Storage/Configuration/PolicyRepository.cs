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
    private readonly ConfigurationStamp _stamp = new(storage);

    public async Task<PolicySettings> GetAsync(CancellationToken cancellationToken) =>
        (await GetDocumentAsync(cancellationToken)).ToSettings();

    public async Task<PolicyDocument> GetDocumentAsync(CancellationToken cancellationToken) =>
        await _table.GetAsync(Partition, Row, cancellationToken) ?? PolicyDocument.Empty;

    /// <summary>Saves, then moves the configuration stamp so every instance's cache reloads.</summary>
    public async Task SaveAsync(PolicyDocument document, CancellationToken cancellationToken)
    {
        await _table.UpsertAsync(Partition, Row, document, cancellationToken);
        await _stamp.BumpAsync(cancellationToken);
    }
}
