using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Spokespersons;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Configuration;

/// <summary>
/// Spokesperson grants, partitioned by person: "may X submit?" is asked on every submission, and these rows answer it.
/// Each grant not revoked is also listed under its scope (<see cref="GrantScopeIndex"/>) for "who may speak for A".
/// </summary>
public sealed class GrantRepository(TableStorage storage, TimeProvider? clock = null) : IGrantStore
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly JsonDocumentTable<SpokespersonGrant> _byPerson = new(storage.Table(TableNames.Grants));
    private readonly GrantScopeIndex _byScope = new(storage);
    private readonly ConfigurationStamp _stamp = new(storage);

    public Task<IReadOnlyList<SpokespersonGrant>> ListForPersonAsync(PersonId person, CancellationToken cancellationToken) =>
        _byPerson.ListAsync(person.Value, cancellationToken);

    // The whole history, for the CSV export only: a table of thousands of rows at most, read on an admin's demand.
    public Task<IReadOnlyList<SpokespersonGrant>> ListAllAsync(CancellationToken cancellationToken) => _byPerson.ListAllAsync(cancellationToken);

    /// <summary>
    /// The scope's listing. Expiry writes nothing, so a grant that has ended is dropped from the listing by the first reader
    /// that meets it: a scope's partition holds the grants of now and to come, not every grant it ever had. Safe without an
    /// ETag because a grant never comes back into force: a longer grant is a new grant with a new id.
    /// </summary>
    public async Task<IReadOnlyList<SpokespersonGrant>> ListForScopeAsync(GrantScope scope, CancellationToken cancellationToken)
    {
        var listed = await _byScope.ListAsync(scope, cancellationToken);
        var now = _clock.GetUtcNow();
        var ended = listed.Where(g => g.ExpiresAt <= now).ToList();
        if (ended.Count == 0) return listed;
        await Task.WhenAll(ended.Select(g => _byScope.ForgetAsync(g, cancellationToken)));
        return listed.Except(ended).ToList();
    }

    public async Task<GrantPage> ListPageAsync(string? continuation, int size, CancellationToken cancellationToken)
    {
        var (grants, next) = await _byPerson.ListPageAsync(continuation, size, cancellationToken);
        return new GrantPage(grants, next);
    }

    /// <summary>
    /// Writes the grant under its person and its scope, then moves the configuration stamp so every instance's cache reloads.
    /// The two rows cannot share a transaction (two tables), so their order keeps one promise: the scope listing never hides
    /// a grant in force. A grant in force is listed before its person row is written; a revoked one leaves the listing after.
    /// A crash in between leaves at worst a listed grant that is not in force: revoking it clears it (the revoke reads the
    /// listing too), and saving the same grant again (a retried seed or revoke) writes both rows again.
    /// </summary>
    public async Task SaveAsync(SpokespersonGrant grant, CancellationToken cancellationToken)
    {
        if (grant.RevokedAt is null)
        {
            await _byScope.AddAsync(grant, cancellationToken);
            await _byPerson.UpsertAsync(grant.Person.Value, grant.Id, grant, cancellationToken);
        }
        else
        {
            await _byPerson.UpsertAsync(grant.Person.Value, grant.Id, grant, cancellationToken);
            await _byScope.RemoveAsync(grant, cancellationToken);
        }
        await _stamp.BumpAsync(cancellationToken);
    }

    /// <summary>
    /// Lists the grants saved before the scope listing existed, once per listing table (a marker row there says it is done).
    /// It reads the whole grants table, so it runs at startup, never in a request. Returns how many grants it read, or null
    /// when the listing was filled before.
    /// </summary>
    public async Task<int?> FillScopeIndexOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await _byScope.FilledAsync(cancellationToken)) return null;
        var all = await _byPerson.ListAllAsync(cancellationToken);
        await _byScope.AddAllAsync(all, cancellationToken);
        await _byScope.MarkFilledAsync(now, cancellationToken);
        return all.Count;
    }
}
