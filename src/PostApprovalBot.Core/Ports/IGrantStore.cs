using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Spokespersons;

namespace PostApprovalBot.Core.Ports;

public interface IGrantStore
{
    Task<IReadOnlyList<SpokespersonGrant>> ListForPersonAsync(PersonId person, CancellationToken cancellationToken);

    Task<IReadOnlyList<SpokespersonGrant>> ListAllAsync(CancellationToken cancellationToken);

    /// <summary>At most <paramref name="size"/> grants in key order (person, then grant), from where the previous page stopped.</summary>
    Task<GrantPage> ListPageAsync(string? continuation, int size, CancellationToken cancellationToken);

    Task SaveAsync(SpokespersonGrant grant, CancellationToken cancellationToken);
}
