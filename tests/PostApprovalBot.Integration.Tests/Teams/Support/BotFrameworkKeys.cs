using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PostApprovalBot.Integration.Tests.Teams.Support;

/// <summary>A loopback stand-in for login.botframework.com: the OpenID metadata and the key set, with keys made in the test.</summary>
public sealed class BotFrameworkKeys : IAsyncDisposable
{
    private LoopbackHttp? server;
    private volatile ChannelKey[] published = [];

    public string MetadataUrl => new Uri(server!.BaseUri, "v1/.well-known/openidconfiguration").ToString();

    public static async Task<BotFrameworkKeys> StartAsync(params ChannelKey[] keys)
    {
        var stand = new BotFrameworkKeys { published = keys };
        stand.server = await LoopbackHttp.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Text(new JsonObject
            {
                ["issuer"] = "https://api.botframework.com",
                ["jwks_uri"] = new Uri(stand.server!.BaseUri, "v1/.well-known/keys").ToString(),
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            }.ToJsonString(), "application/json"));
            app.MapGet("/v1/.well-known/keys", () => Results.Text(
                new JsonObject { ["keys"] = new JsonArray(stand.published.Select(k => (JsonNode)k.ToJwk()).ToArray()) }.ToJsonString(), "application/json"));
        });
        return stand;
    }

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
