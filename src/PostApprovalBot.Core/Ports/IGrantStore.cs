using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Spokespersons;

namespace PostApprovalBot.Core.Ports;

public interface IGrantStore
{
    Task<IReadOnlyList<SpokespersonGrant>> ListForPersonAsync(PersonId person, CancellationToken cancellationToken);

    /// <summary>Every grant ever made, revoked and expired ones too: the CSV export's whole history, never a request's answer.</summary>
    Task<IReadOnlyList<SpokespersonGrant>> ListAllAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The grants of exactly this scope that were not revoked, at a cost that follows them, not the other scopes' grants or
    /// the people's history. May hold grants no longer in force (expired, or left by a crash mid-write): callers check
    /// <see cref="SpokespersonGrant.IsActiveAt"/>.
    /// </summary>
    Task<IReadOnlyList<SpokespersonGrant>> ListForScopeAsync(GrantScope scope, CancellationToken cancellationToken);

    /// <summary>At most <paramref name="size"/> grants in key order (person, then grant), from where the previous page stopped.</summary>
    Task<GrantPage> ListPageAsync(string? continuation, int size, CancellationToken cancellationToken);

    Task SaveAsync(SpokespersonGrant grant, CancellationToken cancellationToken);
}
