using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PostApprovalBot.Teams.Tests.Support;

/// <summary>A loopback stand-in for login.botframework.com: OpenID metadata and a key set that tests can rotate or break.</summary>
internal sealed class BotFrameworkKeyServer : IAsyncDisposable
{
    private LoopbackServer? server;
    private volatile ChannelSigningKey[] published = [];
    private int metadataFetches;
    private int keySetFetches;

    public string MetadataUrl => new Uri(server!.BaseUri, "v1/.well-known/openidconfiguration").ToString();

    public int MetadataFetches => Volatile.Read(ref metadataFetches);

    public int KeySetFetches => Volatile.Read(ref keySetFetches);

    public bool Failing { get; set; }

    public static async Task<BotFrameworkKeyServer> StartAsync(params ChannelSigningKey[] keys)
    {
        var stand = new BotFrameworkKeyServer { published = keys };
        stand.server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) =>
            {
                Interlocked.Increment(ref stand.metadataFetches);
                if (stand.Failing)
                {
                    return Results.StatusCode(500);
                }

                var jwks = new Uri(stand.server!.BaseUri, "v1/.well-known/keys").ToString();
                return Results.Text(
                    new JsonObject { ["issuer"] = "https://api.botframework.com", ["jwks_uri"] = jwks }.ToJsonString(),
                    "application/json");
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

    public void Publish(params ChannelSigningKey[] keys) => published = keys;

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
