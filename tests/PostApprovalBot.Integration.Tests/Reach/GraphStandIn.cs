using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PostApprovalBot.Integration.Tests.Teams.Support;

namespace PostApprovalBot.Integration.Tests.Reach;

/// <summary>
/// Microsoft Graph v1.0 on loopback, answering as Graph does for proactive installation: users found by
/// <c>$filter=mail eq '…'</c>, the app catalog by manifest id, a user's installed apps (paged: another app first, ours on the
/// next page), installation (201 without body; 409 when installed), and the installation's 1:1 chat. Every call needs the
/// Entra stand-in's app token (401 otherwise); <see cref="DenyPermission"/> answers 403 as Graph does without admin consent;
/// <see cref="ThrottleNext"/> answers 429 with Retry-After. Every call is recorded with its status.
/// </summary>
public sealed partial class GraphStandIn : IAsyncDisposable
{
    public const string CatalogAppId = "catalog-app-1";
    private const string OtherCatalogAppId = "catalog-app-other";
    private readonly ConcurrentDictionary<string, TeamsPersona> users = new();
    private readonly ConcurrentDictionary<string, string> installations = new();
    private LoopbackHttp? server;
    private int throttles;

    public ConcurrentQueue<(string Method, string Target, int Status, DateTimeOffset At)> Calls { get; } = new();

    /// <summary>The value of <c>Teams:GraphBaseUrl</c>.</summary>
    public string BaseUrl => new Uri(server!.BaseUri, "v1.0").ToString();

    /// <summary>The manifest id (the bot's app id) the catalog knows.</summary>
    public string ManifestId { get; init; } = ChannelToken.AppId;

    /// <summary>Graph without the application permissions: every user and installation call is 403.</summary>
    public bool DenyPermission { get; set; }

    public static async Task<GraphStandIn> StartAsync(IEnumerable<TeamsPersona> tenant)
    {
        var standIn = new GraphStandIn();
        foreach (var persona in tenant) standIn.users[persona.AadObjectId] = persona;
        standIn.server = await LoopbackHttp.StartAsync(app => app.Run(standIn.AnswerAsync));
        return standIn;
    }

    /// <summary>The next <paramref name="count"/> calls are answered 429 with <c>Retry-After: 1</c>.</summary>
    public void ThrottleNext(int count) => Interlocked.Exchange(ref throttles, count);

    public int Installs(TeamsPersona persona) => Calls.Count(c => c.Method == "POST" && c.Status == 201 && c.Target.Contains(persona.AadObjectId, StringComparison.Ordinal));

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var target = Uri.UnescapeDataString(request.Path.Value + request.QueryString.Value);
        var body = request.ContentLength > 0 || request.Method == "POST" ? await new StreamReader(request.Body).ReadToEndAsync() : "";
        var (status, answer) = Answer(request, body);
        Calls.Enqueue((request.Method, target, status, DateTimeOffset.UtcNow));
        context.Response.StatusCode = status;
        if (status == 429) context.Response.Headers.RetryAfter = "1";
        if (answer is null) return;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString());
    }

    private (int, JsonObject?) Answer(HttpRequest request, string body)
    {
        if (!request.Headers.Authorization.ToString().StartsWith("Bearer app-token-", StringComparison.Ordinal))
            return Error(401, "InvalidAuthenticationToken", "Access token is empty.");
        if (Interlocked.Decrement(ref throttles) >= 0) return Error(429, "TooManyRequests", "Too many requests.");
        var segments = (request.Path.Value ?? "").Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        var filter = request.Query["$filter"].ToString();
        return (request.Method, segments) switch
        {
            ("GET", ["v1.0", "appCatalogs", "teamsApps"]) => (200, Page(FilterValue(filter) == ManifestId
                ? [new JsonObject { ["id"] = CatalogAppId, ["externalId"] = ManifestId, ["displayName"] = "PostApprovalBot", ["distributionMethod"] = "organization" }]
                : [])),
            _ when DenyPermission => Error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."),
            ("GET", ["v1.0", "users"]) => (200, Page(users.Values.Where(u => u.Email == FilterValue(filter)).Select(User))),
            ("GET", ["v1.0", "users", var id, "teamwork", "installedApps"]) when users.ContainsKey(id) => InstalledApps(id, request.Query["page"].ToString()),
            ("POST", ["v1.0", "users", var id, "teamwork", "installedApps"]) when users.ContainsKey(id) => Install(id, body),
            ("GET", ["v1.0", "users", var id, "teamwork", "installedApps", var installation, "chat"])
                when installations.TryGetValue(id, out var known) && known == installation => (200, new JsonObject
                {
                    ["id"] = users[id].PersonalChat, ["chatType"] = "oneOnOne", ["tenantId"] = TeamsActivities.TenantId,
                }),
            _ => Error(404, "Request_ResourceNotFound", $"Resource '{string.Join('/', segments)}' does not exist."),
        };
    }

    // Page 1 holds another app the person has; ours (when installed) is on page 2, behind @odata.nextLink.
    private (int, JsonObject) InstalledApps(string userId, string page)
    {
        if (page != "2")
        {
            var first = Page([Installation("other-" + userId, OtherCatalogAppId)]);
            first["@odata.nextLink"] = $"{BaseUrl}/users/{userId}/teamwork/installedApps?$expand=teamsApp&page=2";
            return (200, first);
        }
        return (200, Page(installations.TryGetValue(userId, out var id) ? [Installation(id, CatalogAppId)] : []));
    }

    private (int, JsonObject?) Install(string userId, string body)
    {
        var bind = (string?)JsonNode.Parse(body)?["teamsApp@odata.bind"] ?? "";
        if (!bind.EndsWith("/appCatalogs/teamsApps/" + CatalogAppId, StringComparison.Ordinal))
            return Error(400, "BadRequest", "teamsApp@odata.bind must name an app of the catalog.");
        return installations.TryAdd(userId, "install-" + userId)
            ? (201, null)
            : Error(409, "Conflict", "App is already installed.");
    }

    private static JsonObject Installation(string id, string catalogId) => new()
    {
        ["id"] = id, ["teamsApp"] = new JsonObject { ["id"] = catalogId, ["displayName"] = catalogId == CatalogAppId ? "PostApprovalBot" : "Other app" },
    };

    private static JsonObject User(TeamsPersona persona) => new()
    {
        ["id"] = persona.AadObjectId, ["displayName"] = persona.Name, ["mail"] = persona.Email, ["userPrincipalName"] = persona.Email,
    };

    private static JsonObject Page(IEnumerable<JsonObject> items) => new() { ["value"] = new JsonArray([.. items]) };

    private static string FilterValue(string filter) => FirstLiteral().Match(filter) is { Success: true } m ? m.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal) : "";

    private static (int, JsonObject) Error(int status, string code, string message) =>
        (status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });

    [GeneratedRegex("eq '((?:[^']|'')*)'")]
    private static partial Regex FirstLiteral();
}
