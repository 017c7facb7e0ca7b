using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Spokespersons;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Configuration;

/// <summary>Spokesperson grants, partitioned by person: "may X submit?" is asked on every submission.</summary>
public sealed class GrantRepository(TableStorage storage) : IGrantStore
{
    private readonly JsonDocumentTable<SpokespersonGrant> _table = new(storage.Table(TableNames.Grants));
    private readonly ConfigurationStamp _stamp = new(storage);

    public Task<IReadOnlyList<SpokespersonGrant>> ListForPersonAsync(PersonId person, CancellationToken cancellationToken) =>
        _table.ListAsync(person.Value, cancellationToken);

    // Listing every grant is an admin operation over a table of thousands of rows at most.
    public Task<IReadOnlyList<SpokespersonGrant>> ListAllAsync(CancellationToken cancellationToken) => _table.ListAllAsync(cancellationToken);

    public async Task<GrantPage> ListPageAsync(string? continuation, int size, CancellationToken cancellationToken)
    {
        var (grants, next) = await _table.ListPageAsync(continuation, size, cancellationToken);
        return new GrantPage(grants, next);
    }

    /// <summary>Saves, then moves the configuration stamp so every instance's cache reloads.</summary>
    public async Task SaveAsync(SpokespersonGrant grant, CancellationToken cancellationToken)
    {
        await _table.UpsertAsync(grant.Person.Value, grant.Id, grant, cancellationToken);
        await _stamp.BumpAsync(cancellationToken);
    }
}
