using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace PostApprovalBot.Teams.Authentication;

/// <summary>
/// The Bot Framework signing keys: OpenID metadata, then its jwks_uri, each key with its endorsements.
/// Keys are kept for hours; a token naming an unknown kid triggers a refetch, at most once per <see cref="MinRefetchInterval"/>,
/// so forged kids cannot make us hammer the metadata endpoint.
/// </summary>
internal sealed class SigningKeyCache(HttpClient http, Uri metadataUrl, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);
    public static readonly TimeSpan MinRefetchInterval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan FirstFetchRetryInterval = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim gate = new(1, 1);
    private KeySnapshot? current;
    private DateTimeOffset lastAttempt = DateTimeOffset.MinValue;

    public async Task<EndorsedSigningKey?> FindAsync(string kid, CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref current);
        if (snapshot is not null && !IsStale(snapshot) && snapshot.Keys.TryGetValue(kid, out var cached))
        {
            return cached;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            snapshot = current;
            var wanted = snapshot is null || IsStale(snapshot) || !snapshot.Keys.ContainsKey(kid);
            // Without any keys every activity is lost, so a failed first fetch is retried much sooner.
            var pause = snapshot is null ? FirstFetchRetryInterval : MinRefetchInterval;
            if (wanted && time.GetUtcNow() - lastAttempt >= pause)
            {
                lastAttempt = time.GetUtcNow();
                snapshot = await TryFetchAsync(snapshot, cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref current, snapshot);
            }

            if (snapshot is null)
            {
                throw new SigningKeysUnavailableException("The Bot Framework signing keys have not been fetched yet; retrying shortly.");
            }

            return snapshot.Keys.GetValueOrDefault(kid);
        }
        finally
        {
            gate.Release();
        }
    }

    private bool IsStale(KeySnapshot snapshot) => time.GetUtcNow() - snapshot.FetchedAt > Lifetime;

    private async Task<KeySnapshot?> TryFetchAsync(KeySnapshot? previous, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(FetchTimeout);
            using var metadata = await GetJsonAsync(metadataUrl, timeout.Token).ConfigureAwait(false);
            var jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var j) ? j.GetString() : null;
            if (!Uri.TryCreate(jwksUri, UriKind.Absolute, out var jwks) || !IsAcceptableEndpoint(jwks))
            {
                throw new SigningKeysUnavailableException("The OpenID metadata has no usable https jwks_uri.");
            }

            using var keySet = await GetJsonAsync(jwks, timeout.Token).ConfigureAwait(false);
            return new KeySnapshot(ReadKeys(keySet.RootElement), time.GetUtcNow());
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or SigningKeysUnavailableException or ArgumentException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Keys that were good an hour ago are better than refusing every activity during a metadata outage.
            if (previous is not null)
            {
                return previous;
            }

            throw ex as SigningKeysUnavailableException
                  ?? new SigningKeysUnavailableException("The Bot Framework signing keys could not be fetched.", ex);
        }
    }

    /// <summary>Keys must come over https; plain http only from a loopback stand-in used in tests.</summary>
    public static bool IsAcceptableEndpoint(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);

    private async Task<JsonDocument> GetJsonAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(uri, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static Dictionary<string, EndorsedSigningKey> ReadKeys(JsonElement keySet)
    {
        var keys = new Dictionary<string, EndorsedSigningKey>(StringComparer.Ordinal);
        if (!keySet.TryGetProperty("keys", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new SigningKeysUnavailableException("The key set has no 'keys' array.");
        }

        foreach (var element in array.EnumerateArray())
        {
            var key = new JsonWebKey(element.GetRawText());
            if (string.IsNullOrEmpty(key.Kid))
            {
                continue;
            }

            var endorsements = element.TryGetProperty("endorsements", out var e) && e.ValueKind == JsonValueKind.Array
                ? e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal)
                : [];
            keys[key.Kid] = new EndorsedSigningKey(key, endorsements);
        }

        return keys;
    }

    private sealed record KeySnapshot(IReadOnlyDictionary<string, EndorsedSigningKey> Keys, DateTimeOffset FetchedAt);
}
