using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Configuration;

/// <summary>Approver groups in one partition: every decision needs all of them, in one query.</summary>
public sealed class GroupRepository(TableStorage storage) : IApproverGroupStore
{
    private const string Partition = "group";
    private readonly JsonDocumentTable<ApproverGroup> _table = new(storage.Table(TableNames.Groups));

    public async Task<IReadOnlyDictionary<string, ApproverGroup>> GetAllAsync(CancellationToken cancellationToken) =>
        (await _table.ListAsync(Partition, cancellationToken)).ToDictionary(g => g.Id);

    public Task SaveAsync(ApproverGroup group, CancellationToken cancellationToken) => _table.UpsertAsync(Partition, group.Id, group, cancellationToken);
}
