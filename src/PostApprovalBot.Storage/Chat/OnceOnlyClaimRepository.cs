using Azure;
using Azure.Data.Tables;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Chat;

/// <summary>A claim is an insert: Azure Tables refuse a second insert of the same key with 409, atomically.</summary>
public sealed class OnceOnlyClaimRepository(TableStorage storage, TimeProvider clock) : IOnceOnlyClaims
{
    private readonly TableClient _table = storage.Table(TableNames.Claims);

    public async Task<bool> TryClaimAsync(string scope, string key, CancellationToken cancellationToken)
    {
        try
        {
            await _table.AddEntityAsync(new TableEntity(TableKey.Encode(scope), TableKey.Encode(key)) { ["ClaimedAt"] = clock.GetUtcNow() }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken)
    {
        try
        {
            await _table.DeleteEntityAsync(TableKey.Encode(scope), TableKey.Encode(key), ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already gone: nothing to give back.
        }
    }
}
