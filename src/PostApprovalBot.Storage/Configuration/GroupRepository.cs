using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Configuration;

/// <summary>Approver groups in one partition: every decision needs all of them, in one query.</summary>
public sealed class GroupRepository(TableStorage storage) : IApproverGroupStore
{
    private const string Partition = "group";
    private readonly JsonDocumentTable<ApproverGroup> _table = new(storage.Table(TableNames.Groups));
    private readonly ConfigurationStamp _stamp = new(storage);

    public async Task<IReadOnlyDictionary<string, ApproverGroup>> GetAllAsync(CancellationToken cancellationToken) =>
        (await _table.ListAsync(Partition, cancellationToken)).ToDictionary(g => g.Id);

    /// <summary>Saves, then moves the configuration stamp so every instance's cache reloads.</summary>
    public async Task SaveAsync(ApproverGroup group, CancellationToken cancellationToken)
    {
        await _table.UpsertAsync(Partition, group.Id, group, cancellationToken);
        await _stamp.BumpAsync(cancellationToken);
    }
}
