using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Spokespersons;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Configuration;

/// <summary>Spokesperson grants, partitioned by person: "may X submit?" is asked on every submission.</summary>
public sealed class GrantRepository(TableStorage storage) : IGrantStore
{
    private readonly JsonDocumentTable<SpokespersonGrant> _table = new(storage.Table(TableNames.Grants));

    public Task<IReadOnlyList<SpokespersonGrant>> ListForPersonAsync(PersonId person, CancellationToken cancellationToken) =>
        _table.ListAsync(person.Value, cancellationToken);

    // Listing every grant is an admin operation over a table of thousands of rows at most.
    public Task<IReadOnlyList<SpokespersonGrant>> ListAllAsync(CancellationToken cancellationToken) => _table.ListAllAsync(cancellationToken);

    public Task SaveAsync(SpokespersonGrant grant, CancellationToken cancellationToken) =>
        _table.UpsertAsync(grant.Person.Value, grant.Id, grant, cancellationToken);
}
