using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PostApprovalBot.Testing.Teams;

/// <summary>
/// A loopback Bot Connector that answers like the real one (create conversation → id, send → activity id, PUT update, GET member → e-mail)
/// and records every call, so tests can wait for what the bot sent and check that each call carried the app token.
/// </summary>
public sealed class ConnectorStandIn : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ITeamsMember> members = new();
    private LoopbackHttp? server;
    private long nextActivity = 1_700_000_000_000;

    /// <summary>The tenant the stand-in's members belong to.</summary>
    public const string TenantId = "72f988bf-0000-4000-8000-00000000c0de";

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    /// <summary>The serviceUrl activities carry; the bot must send its replies here.</summary>
    public string ServiceUrl => new Uri(server!.BaseUri, "teams/").ToString();

    public static async Task<ConnectorStandIn> StartAsync(IEnumerable<ITeamsMember> roster)
    {
        var standIn = new ConnectorStandIn();
        foreach (var member in roster) standIn.members[member.TeamsId] = member;
        standIn.server = await LoopbackHttp.StartAsync(app => app.Run(standIn.AnswerAsync));
        return standIn;
    }

    public IReadOnlyList<ConnectorCall> To(ITeamsMember member) => Calls.Where(c => c.ConversationId == member.PersonalChat).ToList();

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task AnswerAsync(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var json = body.Length > 0 ? JsonNode.Parse(body) : null;
        var segments = Uri.UnescapeDataString(context.Request.Path.Value ?? "").Trim('/').Split('/');
        // teams/v3/conversations[/{conversation}[/activities[/{activity}] | /members/{user}]]
        var conversation = segments.Length > 3 ? segments[3] : null;
        var (status, answer, activity) = (context.Request.Method, segments.Length) switch
        {
            ("POST", 3) => Create(json),
            ("POST", 5) => (200, new JsonObject { ["id"] = NextId() }, null),
            ("PUT", 6) => (200, new JsonObject { ["id"] = segments[5] }, segments[5]),
            ("GET", 6) when segments[4] == "members" => Member(segments[5]),
            _ => (404, new JsonObject { ["error"] = new JsonObject { ["code"] = "NotFound" } }, null),
        };
        if (context.Request.Method == "POST" && segments.Length == 3) conversation = (string?)answer["id"];
        activity ??= context.Request.Method == "POST" && segments.Length == 5 ? (string?)answer["id"] : null;
        Calls.Enqueue(new ConnectorCall(context.Request.Method, raw, context.Request.Headers.Authorization.ToString(), json, conversation, activity));
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString());
    }

    /// <summary>Teams answers a 1:1 "create" with the existing chat between the bot and that user.</summary>
    private (int, JsonObject, string?) Create(JsonNode? request)
    {
        var user = (string?)request?["members"]?[0]?["id"] ?? "";
        return members.TryGetValue(user, out var member)
            ? (201, new JsonObject { ["id"] = member.PersonalChat }, null)
            : (400, new JsonObject { ["error"] = new JsonObject { ["code"] = "BadArgument", ["message"] = "Unknown member." } }, null);
    }

    private (int, JsonObject, string?) Member(string userId) => members.TryGetValue(userId, out var p)
        ? (200, new JsonObject
        {
            ["id"] = p.TeamsId, ["name"] = p.Name, ["aadObjectId"] = p.AadObjectId, ["email"] = p.Email,
            ["userPrincipalName"] = p.Email, ["tenantId"] = TenantId,
        }, null)
        : (404, new JsonObject { ["error"] = new JsonObject { ["code"] = "MemberNotFoundInConversation" } }, null);

    private string NextId() => Interlocked.Increment(ref nextActivity).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
