using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PostApprovalBot.Testing.Teams;

/// <summary>
/// A loopback stand-in for login.botframework.com: the OpenID metadata and the key set, with keys made in the test,
/// which a test can rotate (<see cref="Publish"/>) or break (<see cref="Failing"/>), counting the fetches.
/// </summary>
public sealed class BotFrameworkKeys : IAsyncDisposable
{
    private LoopbackHttp? server;
    private volatile ChannelKey[] published = [];
    private int metadataFetches;
    private int keySetFetches;

    public string MetadataUrl => new Uri(server!.BaseUri, "v1/.well-known/openidconfiguration").ToString();

    public int MetadataFetches => Volatile.Read(ref metadataFetches);

    public int KeySetFetches => Volatile.Read(ref keySetFetches);

    /// <summary>When set, the metadata endpoint answers 500.</summary>
    public bool Failing { get; set; }

    public static async Task<BotFrameworkKeys> StartAsync(params ChannelKey[] keys)
    {
        var stand = new BotFrameworkKeys { published = keys };
        stand.server = await LoopbackHttp.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", () =>
            {
                Interlocked.Increment(ref stand.metadataFetches);
                if (stand.Failing) return Results.StatusCode(500);
                return Results.Text(new JsonObject
                {
                    ["issuer"] = "https://api.botframework.com",
                    ["jwks_uri"] = new Uri(stand.server!.BaseUri, "v1/.well-known/keys").ToString(),
                    ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                }.ToJsonString(), "application/json");
            });
            app.MapGet("/v1/.well-known/keys", () =>
            {
                Interlocked.Increment(ref stand.keySetFetches);
                var keys = new JsonArray(stand.published.Select(k => (JsonNode)k.ToJwk()).ToArray());
                return Results.Text(new JsonObject { ["keys"] = keys }.ToJsonString(), "application/json");
            });
        });
        return stand;
    }

    /// <summary>Replaces the published key set (a rotation).</summary>
    public void Publish(params ChannelKey[] keys) => published = keys;

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
