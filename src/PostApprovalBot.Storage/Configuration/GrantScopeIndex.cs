using Azure.Data.Tables;
using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Spokespersons;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Configuration;

/// <summary>
/// The grants not revoked, by scope (partition <c>account|&lt;id&gt;</c> or <c>platform|&lt;name&gt;</c>, row the grant id):
/// "who may speak for an account" reads the account's partition and its platform's, whatever the number of grants of
/// other scopes and people. Each row holds the whole grant, so a listing needs no read of the person rows.
/// </summary>
/// <remarks>
/// A table of its own rather than prefixed partitions in <c>grants</c>: the CSV export and the web view's pages read
/// <c>grants</c> whole or in key order, and would meet every grant twice.
/// </remarks>
public sealed class GrantScopeIndex(TableStorage storage)
{
    // Scope partitions start with "account|" or "platform|": the marker's partition is never a scope's.
    private const string MarkerPartition = "filled";
    private const string MarkerRow = "from-grants";
    private readonly TableClient _client = storage.Table(TableNames.GrantsByScope);
    private readonly JsonDocumentTable<SpokespersonGrant> _table = new(storage.Table(TableNames.GrantsByScope));

    public Task<IReadOnlyList<SpokespersonGrant>> ListAsync(GrantScope scope, CancellationToken cancellationToken) =>
        _table.ListAsync(Partition(scope), cancellationToken);

    public Task AddAsync(SpokespersonGrant grant, CancellationToken cancellationToken) =>
        _table.UpsertAsync(Partition(grant.Scope), grant.Id, grant, cancellationToken);

    public Task RemoveAsync(SpokespersonGrant grant, CancellationToken cancellationToken) =>
        _table.DeleteAsync(Partition(grant.Scope), grant.Id, cancellationToken);

    /// <summary>A reader's tidy-up of a grant that has ended: a failure only leaves it for the next reader.</summary>
    public async Task ForgetAsync(SpokespersonGrant grant, CancellationToken cancellationToken)
    {
        try
        {
            await RemoveAsync(grant, cancellationToken);
        }
        catch (Azure.RequestFailedException)
        {
        }
    }

    /// <summary>Lists every grant not revoked, one transaction per scope and 100 grants.</summary>
    public Task AddAllAsync(IEnumerable<SpokespersonGrant> grants, CancellationToken cancellationToken) =>
        Task.WhenAll(grants.Where(g => g.RevokedAt is null).GroupBy(g => Partition(g.Scope))
            .Select(scope => _table.UpsertAllAsync(scope.Key, scope.Select(g => (g.Id, g)), cancellationToken)));

    /// <summary>Whether the grants saved before this table existed were listed: the marker lives and dies with the table.</summary>
    public async Task<bool> FilledAsync(CancellationToken cancellationToken) =>
        (await _client.GetEntityIfExistsAsync<TableEntity>(MarkerPartition, MarkerRow, select: ["PartitionKey"], cancellationToken: cancellationToken)).HasValue;

    public Task MarkFilledAsync(DateTimeOffset at, CancellationToken cancellationToken) =>
        _client.UpsertEntityAsync(new TableEntity(MarkerPartition, MarkerRow) { ["FilledAt"] = at }, TableUpdateMode.Replace, cancellationToken);

    private static string Partition(GrantScope scope) =>
        scope.AccountId is { } account ? "account|" + account
        : scope.Platform is { } platform ? "platform|" + PlatformNames.Key(platform)
        : throw new ArgumentException("A grant's scope names an account or a platform.", nameof(scope));
}
