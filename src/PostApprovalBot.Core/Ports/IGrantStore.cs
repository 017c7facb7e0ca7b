using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Spokespersons;

namespace PostApprovalBot.Core.Ports;

public interface IGrantStore
{
    Task<IReadOnlyList<SpokespersonGrant>> ListForPersonAsync(PersonId person, CancellationToken cancellationToken);

    Task<IReadOnlyList<SpokespersonGrant>> ListAllAsync(CancellationToken cancellationToken);

    Task SaveAsync(SpokespersonGrant grant, CancellationToken cancellationToken);
}
