using Azure.Data.Tables;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Configuration;

/// <summary>
/// One row (<c>settings/version/current</c>) that every configuration write replaces with a new random stamp, so
/// each instance's <see cref="CachedConfiguration"/> learns that something changed with one cheap point read.
/// </summary>
public sealed class ConfigurationStamp(TableStorage storage)
{
    private const string Partition = "version";
    private const string Row = "current";
    private readonly TableClient _table = storage.Table(TableNames.Settings);

    public async Task<string?> ReadAsync(CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, Row, select: ["Stamp"], cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.GetString("Stamp") : null;
    }

    public Task BumpAsync(CancellationToken cancellationToken) =>
        _table.UpsertEntityAsync(new TableEntity(Partition, Row) { ["Stamp"] = Guid.NewGuid().ToString("N") }, TableUpdateMode.Replace, cancellationToken);
}
