using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PostApprovalBot.Testing.Slack;

/// <summary>
/// slack.com/api on a loopback port, behaving like Slack for the methods the bot uses: users.info (e-mails of known
/// users, ok:false for others), users.lookupByEmail (users_not_found for others), conversations.open (D-ids), chat.postMessage / chat.update (messages kept with their
/// versions), chat.postEphemeral, views.open / views.update / views.publish. Every call is recorded.
/// </summary>
public sealed class SlackWebApiStandIn : IAsyncDisposable
{
    public const string BotToken = "xoxb-stand-in-token";

    private readonly Dictionary<string, SlackTestUser> _users;
    private readonly ConcurrentQueue<SlackApiCall> _calls = new();
    private readonly ConcurrentDictionary<string, SlackStandInMessage> _messages = new();
    private readonly ConcurrentDictionary<string, JsonObject> _homes = new();
    private readonly ConcurrentDictionary<string, int> _throttled = new();
    private readonly ConcurrentDictionary<string, bool> _departed = new();
    private LoopbackHttp? _server;
    private int _sequence;

    private SlackWebApiStandIn(IEnumerable<SlackTestUser> users) => _users = users.ToDictionary(u => u.UserId);

    public Uri ApiBaseUrl => new(_server!.BaseUri, "api/");

    public IReadOnlyList<SlackApiCall> Calls => [.. _calls];

    public IReadOnlyList<SlackStandInMessage> MessagesIn(string channel) =>
        _messages.Values.Where(m => m.Channel == channel).OrderBy(m => m.Ts, StringComparer.Ordinal).ToList();

    public JsonObject? Home(string userId) => _homes.GetValueOrDefault(userId);

    /// <summary>When each call arrived, by method, including those answered 429.</summary>
    public ConcurrentQueue<(string Method, DateTimeOffset At)> Arrivals { get; } = new();

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> are answered HTTP 429 with <c>Retry-After: 1</c>, as Slack rate-limits.</summary>
    public void ThrottleNext(string method, int count) => _throttled[method] = count;

    /// <summary>The member left the workspace: users.lookupByEmail no longer finds them (users_not_found).</summary>
    public void Depart(SlackTestUser user) => _departed[user.UserId] = true;

    public static async Task<SlackWebApiStandIn> StartAsync(IEnumerable<SlackTestUser> users)
    {
        var standIn = new SlackWebApiStandIn(users);
        standIn._server = await LoopbackHttp.StartAsync(app => app.MapPost("/api/{method}", standIn.AnswerAsync));
        return standIn;
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task<IResult> AnswerAsync(string method, HttpRequest request)
    {
        var arguments = await ReadArgumentsAsync(request);
        Arrivals.Enqueue((method, DateTimeOffset.UtcNow));
        if (_throttled.TryGetValue(method, out var left) && left > 0 && _throttled.TryUpdate(method, left - 1, left))
        {
            request.HttpContext.Response.Headers.RetryAfter = "1";
            return Results.Json(Error("ratelimited"), statusCode: StatusCodes.Status429TooManyRequests);
        }
        var sequence = Interlocked.Increment(ref _sequence);
        var answer = request.Headers.Authorization.ToString() != $"Bearer {BotToken}"
            ? Error("invalid_auth")
            : Answer(method, arguments, sequence);
        _calls.Enqueue(new SlackApiCall(sequence, method, request.Headers.Authorization.ToString(), arguments, answer));
        return Results.Json(answer);
    }

    private JsonObject Answer(string method, JsonObject args, int sequence) => method switch
    {
        "users.info" => _users.TryGetValue(Text(args, "user"), out var user) ? UserInfo(user) : Error("user_not_found"),
        "users.lookupByEmail" => _users.Values.FirstOrDefault(u => u.Email is not null && !_departed.ContainsKey(u.UserId)
                && string.Equals(u.Email, Text(args, "email"), StringComparison.OrdinalIgnoreCase)) is { } byEmail
            ? UserInfo(byEmail)
            : Error("users_not_found"),
        "conversations.open" => _users.TryGetValue(Text(args, "users"), out var dm)
            ? Ok(new JsonObject { ["channel"] = new JsonObject { ["id"] = dm.DirectChannel } })
            : Error("user_not_found"),
        "chat.postMessage" => Post(args, sequence),
        "chat.update" => _messages.TryGetValue(Key(Text(args, "channel"), Text(args, "ts")), out var message)
            ? Update(message, args)
            : Error("message_not_found"),
        "chat.postEphemeral" => Ephemeral(Text(args, "channel"), Text(args, "user"), sequence),
        "views.open" or "views.update" => args["view"] is JsonObject view
            ? Ok(new JsonObject { ["view"] = WithId((JsonObject)view.DeepClone(), "V" + sequence) })
            : Error("invalid_arguments"),
        "views.publish" when args["view"] is JsonObject home && Text(args, "user_id").Length > 0 => Publish(Text(args, "user_id"), home),
        _ => Error("unknown_method"),
    };

    private JsonObject Post(JsonObject args, int sequence)
    {
        var channel = Text(args, "channel");
        if (channel.Length == 0) return Error("channel_not_found");
        var ts = Ts(sequence);
        _messages[Key(channel, ts)] = new SlackStandInMessage(channel, ts, (JsonObject)args.DeepClone());
        return Ok(new JsonObject { ["channel"] = channel, ["ts"] = ts });
    }

    // A DM has two members, the bot and its user: nobody else can be shown a message there.
    private JsonObject Ephemeral(string channel, string user, int sequence)
    {
        if (!_users.ContainsKey(user)) return Error("user_not_found");
        if (channel.StartsWith('D') && channel != _users[user].DirectChannel) return Error("user_not_in_channel");
        return Ok(new JsonObject { ["message_ts"] = Ts(sequence) });
    }

    private static JsonObject Update(SlackStandInMessage message, JsonObject args)
    {
        message.Update((JsonObject)args.DeepClone());
        return Ok(new JsonObject { ["channel"] = message.Channel, ["ts"] = message.Ts });
    }

    private JsonObject Publish(string userId, JsonObject home)
    {
        _homes[userId] = (JsonObject)home.DeepClone();
        return Ok(new JsonObject { ["view"] = WithId((JsonObject)home.DeepClone(), "VH" + userId) });
    }

    private static JsonObject UserInfo(SlackTestUser user)
    {
        var profile = new JsonObject { ["real_name"] = user.RealName, ["display_name"] = user.RealName.Split(' ')[0] };
        if (user.Email is not null) profile["email"] = user.Email;
        return Ok(new JsonObject
        {
            ["user"] = new JsonObject
            {
                ["id"] = user.UserId, ["team_id"] = SlackSignedRequests.TeamId, ["name"] = user.RealName.ToLowerInvariant().Replace(' ', '.'),
                ["real_name"] = user.RealName, ["tz"] = user.TimeZone, ["deleted"] = false, ["is_bot"] = false, ["profile"] = profile,
            },
        });
    }

    private static async Task<JsonObject> ReadArgumentsAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var fields = new JsonObject();
            foreach (var (key, value) in form) fields[key] = value.ToString();
            return fields;
        }
        return await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
    }

    private static string Text(JsonObject args, string name) => args[name] is JsonValue value && value.TryGetValue<string>(out var s) ? s : "";

    private static string Key(string channel, string ts) => channel + "|" + ts;

    private static string Ts(int sequence) => $"{1_780_000_000 + sequence}.{sequence:D6}";

    private static JsonObject WithId(JsonObject view, string id)
    {
        view["id"] = id;
        return view;
    }

    private static JsonObject Ok(JsonObject body)
    {
        body["ok"] = true;
        return body;
    }

    private static JsonObject Error(string code) => new() { ["ok"] = false, ["error"] = code };
}
